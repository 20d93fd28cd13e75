"""郵便番号 as people write it, and the address Japan Post's data gives for it (offline)."""

from __future__ import annotations

import threading

import pytest

from desktop.japanese.postal import (
    PostalCodeError,
    address_of,
    normalize_postal_code,
    split_postal_code,
)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("100-8914", "100-8914"),
        ("〒100-8914", "100-8914"),
        ("1008914", "100-8914"),
        ("１００－８９１４", "100-8914"),
        ("〒 100 8914", "100-8914"),
        (600042, "060-0042"),  # a number cell lost the leading 0
        (1008914.0, "100-8914"),
    ],
)
def test_a_code_is_written_as_an_envelope_has_it(written: object, code: str) -> None:
    assert normalize_postal_code(written) == code


@pytest.mark.parametrize("written", ["100-891", "1008-914", "100-89145", "東京都", "〒"])
def test_what_is_not_seven_digits_is_refused_saying_how_to_write_it(written: str) -> None:
    with pytest.raises(PostalCodeError, match="100-8914 のように"):
        normalize_postal_code(written)


def test_the_address_of_an_office_an_area_and_a_shared_code() -> None:
    assert address_of("100-8914") == "東京都千代田区永田町1丁目6-1"  # 内閣府's own code
    assert address_of("1000001") == "東京都千代田区千代田"
    assert address_of("368-0000") == "埼玉県"  # 秩父市 and 横瀬町 share it
    assert address_of("999-9999") is None
    assert address_of("12345") is None


def test_a_lookup_from_another_thread() -> None:
    found: list[str | None] = []
    worker = threading.Thread(target=lambda: found.append(address_of("100-8918")))
    worker.start()
    worker.join()
    assert found == ["東京都千代田区霞が関2丁目1-3"]


@pytest.mark.parametrize(
    ("address", "split"),
    [
        ("〒100-8914 東京都千代田区永田町1-6-1", ("100-8914", "東京都千代田区永田町1-6-1")),
        ("〒１００－８９１４　東京都", ("100-8914", "東京都")),
        ("100-8914東京都", ("100-8914", "東京都")),
        ("1008914 東京都", ("100-8914", "東京都")),
        ("東京都千代田区永田町1-6-1", (None, "東京都千代田区永田町1-6-1")),
        ("1234567番地", (None, "1234567番地")),
    ],
)
def test_a_code_typed_before_the_address_is_taken_out(
    address: str, split: tuple[str | None, str]
) -> None:
    assert split_postal_code(address) == split
