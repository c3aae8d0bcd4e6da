"""cleanfeed as a step in other tools' data pipelines, each behind its own extra.

- :mod:`cleanfeed.integrations.datatrove`: a datatrove formatter step
  (``pip install 'cleanfeed[datatrove]'``).
- :mod:`cleanfeed.integrations.hf`: batched ``datasets.map`` helpers with a changes
  column (``pip install 'cleanfeed[hf]'``).

Dask has its own module, :mod:`cleanfeed.dask`. ``import cleanfeed`` and the
command line import none of them, so the tools they need are imported only by a
program that asks for them.
"""
