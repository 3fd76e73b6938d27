"""Example numbers shown in empty fields: the home country's, as its people write them."""

from __future__ import annotations

import phonenumbers

# Without a home region (a locale with no country), the example is Chinese: most of the
# people who bind a number here have a Chinese one.
FALLBACK_REGION = "CN"


def example_mobile(region: str) -> str:
    """A made-up mobile number of `region` in international form: "+86 131 2345 6789"."""
    for candidate in (region.upper(), FALLBACK_REGION):
        number = phonenumbers.example_number_for_type(
            candidate, phonenumbers.PhoneNumberType.MOBILE
        )
        if number is not None:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return ""
