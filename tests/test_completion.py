"""Shell completion offers meeting ids and zone names."""

from egmplan.cli.completion import complete_meeting, complete_zone


def test_meeting_ids_complete(root, monkeypatch):
    monkeypatch.chdir(root)
    assert complete_meeting("egm-cybercrime-20") == ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"]
    assert complete_meeting("egm-cybercrime-202") == ["egm-cybercrime-2020", "egm-cybercrime-2021"]


def test_zone_names_complete():
    assert complete_zone("Europe/Vi") == ["Europe/Vienna", "Europe/Vilnius"]
    assert complete_zone("asia/bang") == ["Asia/Bangkok"]
    assert complete_zone("v")[:1] == ["venue"]


def test_the_shell_completion_protocol_offers_zones_and_meetings(root):
    import os
    import subprocess
    import sys

    def complete(words: str) -> list[str]:
        env = {**os.environ, "_EGMPLAN_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(len(words.split()) - 1)}
        done = subprocess.run([sys.executable, "-m", "egmplan"], env=env, cwd=root, capture_output=True, text=True)
        return done.stdout.split()

    assert complete("egmplan schedule --tz Asia/Ban") == ["Asia/Bangkok"]
    assert complete("egmplan orgwork -m egm-cybercrime-201") == ["egm-cybercrime-2017"]
    assert complete("egmplan deadlines -m egm-cybercrime-2020 --tz Pacific/Ap") == ["Pacific/Apia"]
