import demistomock as demisto

# ruleid: SEC003
AWS_ACCESS_KEY_ID = "AKIAZ7QK3M9P2XW4RT6B"
# ruleid: SEC003
SLACK_TOKEN = "xoxb-240157392018-4021873019283-Xk3mP9qR2wT7yB5nL8vC1dZ4"
# ruleid: SEC003
GITHUB_TOKEN = "ghp_R7kX2mQ9pL4vN8wT3yB6cZ1dF5hJ0sGaE2uK"
# ruleid: SEC003
GOOGLE_KEY = "AIzaSyD3kL9mQ2pX7wR4tY8vN1bC6zF0hJ5sGaE"
# ruleid: SEC003
SESSION_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4c29hciIsImlhdCI6MTcwMDAwMDAwMH0.mQ2pX7wR4tY8vN1bC6zF0hJ5sGaE3kL9"
# ruleid: SEC003
password = "Winter2024!Vendor"
# ok: SEC003
api_key = "<YOUR_API_KEY>"
# ok: SEC003
token = "${VENDOR_TOKEN}"
# ok: SEC003
empty_password = ""


def build_headers(token: str) -> dict:
    # ok: SEC003
    return {"Authorization": f"Bearer {token}"}


def static_headers() -> dict:
    # ruleid: SEC003
    return {"Authorization": "Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"}


def login(params: dict) -> dict:
    # ok: SEC003
    password = params.get("credentials", {}).get("password")
    # ok: SEC003
    return {"username": params.get("username"), "password": password}


def main():
    # ok: SEC003
    token = demisto.params().get("token")
    demisto.results(build_headers(token))


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
