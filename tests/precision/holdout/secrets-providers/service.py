import os

# ruleid: SEC003
AWS_SECRET = {"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Lm2Vn4T"}
# ruleid: SEC003
SLACK_USER_TOKEN = "xoxp-240157392018-4021873019283-5566778899001-4f8a2b9c7d6e5f4a3b2c1d0e9f8a7b6c"
# ruleid: SEC003
GITHUB_FINE_GRAINED = "github_pat_11ABCDEFG0123456789_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345678901234567890123456789"
# ruleid: SEC003
password = "changeme"
# ok: SEC003
api_key = os.environ["VENDOR_API_KEY"]
# ok: SEC003
token = "********"
# ok: SEC003
password_template = "{{ vault_password }}"
