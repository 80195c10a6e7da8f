"""The use cases a command runs: each takes what the command line gave, returns data
(results, diagnostics, files written) and never prints, prompts or imports Typer or Rich.

* :mod:`egmplan.app.check`: load a meeting file and run the planning checks on it;
* :mod:`egmplan.app.build`: build meetings' outputs in memory, write them or compare them
  with the files already written;
* :mod:`egmplan.app.writeback`: allocate the items to the sittings and write the plan back
  into the meeting file;
* :mod:`egmplan.app.diff`: load two drafts and list what changed;
* :mod:`egmplan.app.languages`: a meeting in one of its languages (translated by its
  catalogue, worded by that language's style) and the strings left untranslated.

Where it sits in the pipeline (YAML -> loader -> model -> planning -> render -> CLI): the
application layer imports ``egmplan.model``, ``egmplan.errors``, ``egmplan.style``, the
helpers ``egmplan.output`` (writing), ``egmplan.readfile``, ``egmplan.catalog`` and
``egmplan.zonehints``, then ``egmplan.loader``, ``egmplan.planning`` and ``egmplan.render``
(building outputs renders them), and nothing from ``egmplan.cli``. Neither the loader, the
planning modules nor the renderers import it; the commands in ``egmplan.cli`` do. Its
modules import everything but the model and the errors inside the functions that need them,
so a command pays only for what it runs.
"""
