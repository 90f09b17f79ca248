"""``python -m pyjsvm``: the ``pyjsvm`` command (``pyjsvm.host.cli.main``), for an environment
where the console script is not on PATH (a virtualenv not activated, ``pip install --user``)."""
from pyjsvm.host.cli import main

main()
