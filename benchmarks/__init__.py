"""Benchmarks and damage counts for cleanfeed (scripts; see each module).

A regular package, so that ``benchmarks.*`` imports find these modules even where an installed
distribution brings a top-level ``benchmarks`` package of its own (pySBD, in the bench extra, does).
"""
