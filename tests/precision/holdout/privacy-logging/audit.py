import json
import logging

import requests

import demistomock as demisto
from CommonServerPython import CommandResults, return_results


def authenticate(base: str, user: str, password: str):
    # ruleid: PRIV006, PRIV007
    logging.info("Authenticating user %s with password %s", user, password)
    headers = {"Authorization": f"Bearer {password}"}
    # ruleid: PRIV006
    demisto.debug("Headers: " + str(headers))
    return headers


class Client:
    def __init__(self, token: str):
        self.token = token

    def show(self):
        # ruleid: PRIV006
        print(f"token={self.token}")


def fetch(incidents: list):
    # ok: PRIV007
    demisto.debug(f"Fetched {len(incidents)} incidents")
    for incident in incidents:
        # ruleid: PRIV007
        demisto.debug(json.dumps(incident))


def call(base: str, token: str):
    res = requests.get(base, timeout=30)
    if not res.ok:
        # ruleid: PRIV007
        demisto.error(f"Request failed: {res.text}")
    # ruleid: PRIV008
    requests.get(f"{base}/v1/items?token={token}", timeout=30)
    # ruleid: PRIV008
    requests.get(base, params={"access_token": token}, timeout=30)
    # ok: PRIV008
    requests.get(base, params={"page_token": res.json().get("next")}, timeout=30)


def validate(api_key: str):
    # ruleid: PRIV010
    return_results(CommandResults(readable_output=f"API key {api_key} is valid"))


def created(new_token: dict):
    # ok: PRIV010
    return_results(f"Created token {new_token['id']}")
