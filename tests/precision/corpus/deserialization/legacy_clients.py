import ftplib
import telnetlib

import demistomock as demisto


def fetch_file(host: str, user: str, password: str):
    # ruleid: SEC019
    ftp = ftplib.FTP(host)
    ftp.login(user, password)
    return ftp


def fetch_file_tls(host: str, user: str, password: str):
    # ok: SEC019
    ftp = ftplib.FTP_TLS(host)
    ftp.login(user, password)
    ftp.prot_p()
    return ftp


def open_console(host: str):
    # ruleid: SEC019
    return telnetlib.Telnet(host, 23, timeout=10)


def describe():
    # ok: SEC019
    demisto.debug("telnetlib and ftplib are not used for transfers")
