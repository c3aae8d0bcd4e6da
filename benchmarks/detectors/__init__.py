"""Coarse damage detectors for benchmarks/damage.py, one module per kind of damage."""
