import demistomock as demisto

# ruleid: SEC001
SIGNING_SEED = "q7Vd9XrT2mLp8ZkW4nYb6HcJ1sFgA3eU"
# ok: SEC001
DEFAULT_INCIDENT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
# ok: SEC001
API_SEARCH = "https://api.vendor.com/v2/indicators/search?limit=50"
# ok: SEC001
CONTEXT_PATH = "VendorIntel.Indicator.Reputation"
# ok: SEC001
DOCKER_IMAGE = "demisto/python3:3.11.10.115186"
# ok: SEC001
SAMPLE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
# ok: SEC001
FIRST_FETCH = "2024-05-01T10:20:30Z"
# ok: SEC001
OUTPUT_KEY = "VendorIntel.Indicator(val.ID && val.ID == obj.ID)"


def main():
    # ok: SEC001
    demisto.results({"Type": 1, "ContentsFormat": "json", "Contents": {"seed": SIGNING_SEED}})


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
