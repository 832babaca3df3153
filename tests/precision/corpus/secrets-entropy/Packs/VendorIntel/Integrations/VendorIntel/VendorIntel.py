import demistomock as demisto

# ok: SEC001
PUBLIC_CLIENT_ID = "aZ3kQ9wX7mR2tY8pL4vN6bC1"
# ruleid: SEC001
PRIVATE_SALT = "Hn5Wq1Zr8Kx3Vb7Mt2Lp9Dy4Gs6Fj0Ce"


def main():
    demisto.results(PUBLIC_CLIENT_ID)


if __name__ in ("__main__", "__builtin__", "builtins"):
    main()
