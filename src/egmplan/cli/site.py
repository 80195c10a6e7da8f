"""``egmplan site build``: the static site of a series (series page, a page per meeting)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from egmplan.cli import common

app = typer.Typer(help="Build a body's web pages from its series file and meeting files.", no_args_is_help=True,
                  rich_markup_mode=None)


@app.command("build")
def build(
    series: Optional[str] = typer.Argument(None, metavar="[SERIES]",
                                           help="A series file or its id. Default: the one series file in the meetings folder."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="The site's folder (default: site)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
    languages: Optional[List[str]] = typer.Option(
        None, "--lang", metavar="LANG",
        help="Build the pages in this language, repeatable (a code of series.languages: ar, zh, en, fr, ru, es). "
             "Default: every language of the series; its first (original) language goes to the site's folder, "
             "each other to DIR/<LANG>/."),
    allow_untranslated: bool = typer.Option(
        False, "--allow-untranslated",
        help="Build a language even where a catalogue (the series' or a meeting's) leaves strings untranslated: "
             "they print in the original language, marked [untranslated]. Without it such a build fails (exit 1) "
             "and lists them."),
) -> None:
    """Build the series page and a page per meeting (with its agenda in every format, its
    calendar and its schedule) as standalone HTML: no script, no external resource.

    Each language of the series (series.languages) is built: the original in DIR/, each other,
    translated by the series catalogue (<series-id>.series.<LANG>.po) and the meetings' own,
    in DIR/<LANG>/, with a page for each meeting issued in it. Every page links its versions.

    \b
    Examples:
      egmplan site build
      egmplan site build egm-cybercrime -o public
      egmplan site build --lang fr
    """
    from egmplan.cli.series_opt import load_series_or_fail, series_path
    from egmplan.app.check import load_and_check
    from egmplan.app.site import SiteMeeting, build_site_languages
    from egmplan.output import build_timestamp, write_files

    asked = common.languages_asked(languages)
    folder = Path(common.output_path(output) or "site")
    epoch = common.source_date_epoch()
    path = series_path(series)
    loaded = load_series_or_fail(series)
    meetings = {}
    failed = []
    for facts in loaded.meetings:
        if facts.file is None:
            continue
        result = load_and_check(facts.file, common.display_path(facts.file))
        for diagnostic in result.errors:
            common.stderr(str(diagnostic))
        if result.meeting is None:
            failed.append(common.display_path(facts.file))
        else:
            meetings[facts.number] = SiteMeeting(result.meeting, facts.file, common.display_path(facts.file))
    if failed:
        raise common.fail(f"not built: {', '.join(failed)} ha{'s' if len(failed) == 1 else 've'} errors",
                          common.EXIT_INPUT)
    generated = build_timestamp(epoch) if epoch else None
    # a language the series does not declare raises LanguageNotAvailable: a usage error (exit 2)
    built = build_site_languages(loaded, path, common.display_path(path), meetings, asked,
                                 allow_untranslated=allow_untranslated, generated=generated)
    if built.files is None:
        for line in built.untranslated:
            common.stderr(line)
        raise common.fail("the site was not built; nothing was written", common.EXIT_INPUT)
    files = built.files
    write_files({folder / name: data for name, data in sorted(files.items())})
    if not quiet:
        pages = sum(name.endswith("index.html") for name in files)
        common.stderr(f"built {pages} pages and {len(files) - pages} files -> {common.display_path(folder)}/")
