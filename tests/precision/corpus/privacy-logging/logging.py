import json
import logging

import requests

import demistomock as demisto
from CommonServerPython import CommandResults, add_sensitive_log_strs, tableToMarkdown

LOG = logging.getLogger(__name__)


def connect(params: dict):
    api_key = params.get("api_key")
    password = params.get("credentials", {}).get("password")
    # ruleid: PRIV006
    demisto.debug(f"connecting with key {api_key}")
    # ruleid: PRIV006
    demisto.info("login password: " + password)
    # ruleid: PRIV006
    demisto.debug(f"integration params: {params}")
    # ok: PRIV006
    demisto.debug("token expired, requesting a new token")
    # ok: PRIV006
    demisto.debug(f"api key set: {bool(api_key)}")
    # ok: PRIV006
    demisto.debug(f"token length {len(password or '')}")
    # ok: PRIV006
    demisto.debug(f"token endpoint: {params.get('token_url')}")
    return api_key


def connect_masked(params: dict):
    token = params.get("token")
    add_sensitive_log_strs(token)
    # ruleid: PRIV006 (a note: the value is masked)
    demisto.debug(f"using token {token}")
    return token


def log_response(response: requests.Response, user_email: str):
    # ruleid: PRIV007
    demisto.debug(f"raw response: {response.text}")
    # ruleid: PRIV007
    LOG.info("processing mailbox of %s", user_email)
    # ok: PRIV007
    demisto.debug(f"status {response.status_code}")


def query_with_key(base_url: str, api_key: str):
    # ruleid: PRIV008
    return requests.get(f"{base_url}/lookup?apikey={api_key}", timeout=30)


def query_with_params(base_url: str, api_key: str):
    # ruleid: PRIV008
    return requests.get(base_url + "/lookup", params={"api_key": api_key}, timeout=30)


def query_with_header(base_url: str, api_key: str):
    # ok: PRIV008
    return requests.get(base_url + "/lookup", headers={"X-Api-Key": api_key}, timeout=30)


def show_token(token: str):
    # ruleid: PRIV010
    return CommandResults(readable_output=f"Your new token is {token}")


def show_table(rows: list, api_key: str):
    # ruleid: PRIV010
    return tableToMarkdown("Keys", [{"key": api_key}])


def show_status(rows: list):
    # ok: PRIV010
    return CommandResults(readable_output=tableToMarkdown("Status", rows), outputs_prefix="Vendor.Status",
                          outputs=rows)


def main():
    connect(demisto.params())


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
