param([string]$Url, [bool]$Insecure)

function Get-Feed {
    param([string]$Uri)
    # ruleid: SEC013
    Invoke-RestMethod -Uri $Uri -SkipCertificateCheck
}

function Get-FeedChecked {
    param([string]$Uri)
    # ok: SEC013
    Invoke-RestMethod -Uri $Uri
}

function Disable-Validation {
    # ruleid: SEC013
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
}

function Set-OldProtocol {
    # ruleid: TLS006
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11
}

function Set-ModernProtocol {
    # ok: TLS006
    [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
}

Get-FeedChecked -Uri $Url
