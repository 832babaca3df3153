import base64
import codecs
import tempfile
import zlib

import demistomock as demisto

PAYLOAD = "eJwl0LmVBCEMQEF/ohivXXQjY4MBhEKY+BfRmPXE8fm179/3kdxrT9XM1Z/PD8p0dp1olEl8DMuCjWTTQJV9jMp4N+PWRXGW8bWJaGcFRxyTsp0YgBabbB7Ta5a6GoCZ1l4rM2+o7nMzrmO9DJciI+GKwGNeBi4ddh1oNQc3hAdzLBBSrkG4JXyqcKKOvepmwDdPIJggUuqJcFsoYw6SbOeQwhvTBW10P3dhfQS8NYqeQ8V7WOHNmWA7NcCXjcLbw4Ik3BKk3e39/bTl4p4LGxXeIud2xibCmvJ8/gHeDGEY"
LOGO_PNG = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w=="


def run_hidden():
    # ruleid: SEC009, SEC018
    exec(zlib.decompress(base64.b64decode(PAYLOAD)))


def run_hidden_blob():
    # ruleid: SEC009, SEC018
    exec(base64.b64decode("eCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEKeCA9IDEK"))


def logo_file():
    # ok: SEC018
    return base64.b64decode(LOGO_PNG)


def decode_small(value: str) -> str:
    # ok: SEC018
    return base64.b64decode(value).decode()


def hidden_name() -> str:
    # ruleid: SEC018
    return codecs.decode("riny", "rot13")


def built_from_chars() -> str:
    # ruleid: SEC018
    return "".join([chr(101), chr(118), chr(97), chr(108)])


def safe_join(parts: list) -> str:
    # ok: SEC018
    return ",".join(str(p) for p in parts)


def temp_path() -> str:
    # ruleid: SEC016
    return tempfile.mktemp()


def temp_file():
    # ok: SEC016
    return tempfile.mkstemp()


def fixed_temp_path() -> str:
    # ruleid: SEC016
    return "/tmp/vendor_export.csv"


def main():
    demisto.results(decode_small(demisto.args().get("value", "")))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
