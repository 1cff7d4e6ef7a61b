"""The relay311 command and its configuration file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from relay311.cli import main
from relay311.config import SAMPLE, ConfigError, load, parse
from store.migrate import current, heads


def test_init_writes_a_sample_that_loads_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "relay311.toml"
    assert main(["init", str(path)]) == 0
    assert path.read_text() == SAMPLE
    cfg = load(path)
    assert cfg.open311.url == "http://127.0.0.1:8311"
    assert cfg.channels == {"webchat": {}}
    assert main(["init", str(path)]) == 2
    assert "exists" in capsys.readouterr().err


def test_db_upgrade_migrates_the_configured_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert main(["db", "upgrade", "--url", url]) == 0
    assert current(url) == heads()
    assert "0001" not in heads()  # later migrations exist and were applied on top of the first


def test_config_errors_name_the_file_the_key_and_what_is_expected(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[open311]\nurl = "ftp://council"\npoll_interval = -1\n')
    with pytest.raises(ConfigError) as err:
        load(path)
    message = str(err.value)
    assert f"{path}: open311.url" in message
    assert "should match pattern" in message
    assert f"{path}: open311.poll_interval" in message


def test_missing_section_unknown_key_and_unknown_channel_are_reported() -> None:
    with pytest.raises(ConfigError, match=r"cfg: open311: Field required"):
        parse({}, "cfg")
    with pytest.raises(ConfigError, match=r"cfg: open311.colour: Extra inputs"):
        parse({"open311": {"url": "http://x", "colour": "red"}}, "cfg")
    with pytest.raises(ConfigError, match=r"channels.pigeon: unknown channel"):
        parse({"open311": {"url": "http://x"}, "channels": {"pigeon": {}}}, "cfg")
    with pytest.raises(ConfigError, match=r"channels.twilio_sms"):
        parse(
            {"open311": {"url": "http://x"}, "channels": {"twilio_sms": {"from_number": "not a number"}}},
            "cfg",
        )


def test_invalid_toml_and_missing_file_are_clear(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[open311\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load(broken)
    with pytest.raises(ConfigError, match="relay311 init"):
        load(tmp_path / "absent.toml")


def test_api_key_comes_from_the_environment_and_is_not_in_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = parse({"open311": {"url": "http://x", "api_key_env": "MY_COUNCIL_KEY"}})
    monkeypatch.delenv("MY_COUNCIL_KEY", raising=False)
    assert cfg.open311.api_key() is None
    monkeypatch.setenv("MY_COUNCIL_KEY", "s3cret")
    assert cfg.open311.api_key() == "s3cret"
    assert "s3cret" not in cfg.model_dump_json()


def test_run_with_a_bad_config_exits_2_with_the_problem_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "relay311.toml"
    path.write_text('[open311]\nurl = "council"\n')
    proc = subprocess.run(
        [sys.executable, "-m", "relay311.cli", "run", "-c", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert proc.returncode == 2
    assert "open311.url" in proc.stderr
