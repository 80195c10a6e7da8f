"""The use cases a command runs: each takes what the command line gave, returns data
(results, diagnostics, files written) and never prints, prompts or imports Typer or Rich.

* :mod:`egmplan.app.check`: load a meeting file and run the planning checks on it;
* :mod:`egmplan.app.build`: build meetings' outputs in memory, write them or compare them
  with the files already written;
* :mod:`egmplan.app.writeback`: allocate the items to the sittings and write the plan back
  into the meeting file;
* :mod:`egmplan.app.diff`: load two drafts and list what changed.

Where it sits in the pipeline (YAML -> loader -> model -> planning -> render -> CLI): the
application layer imports ``egmplan.model``, ``egmplan.errors``, ``egmplan.tz``,
``egmplan.style``, ``egmplan.output``, ``egmplan.zonehints``, ``egmplan.loader``,
``egmplan.planning`` and ``egmplan.render`` (building outputs renders them), and nothing from
``egmplan.cli``; neither the loader nor the renderers import it. Its modules import their
heavy parts inside the functions that need them, so a command pays only for what it runs.
"""
