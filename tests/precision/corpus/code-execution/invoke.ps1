param([string]$Expression)

function Invoke-Calculation {
    param([string]$Text)
    # ruleid: SEC009
    Invoke-Expression $Text
}

function Invoke-Short {
    param([string]$Text)
    # ruleid: SEC009
    iex $Text
}

function Get-Number {
    param([string]$Text)
    # ok: SEC009
    [int]::Parse($Text)
}

function Write-Note {
    # ok: SEC009
    Write-Output "Invoke-Expression is not used here"
}

function Invoke-Remote {
    param([string]$Computer, [string]$Cmd)
    # ruleid: SEC021
    Invoke-Command -ComputerName $Computer -ScriptBlock { param($c) cmd.exe /c $c } -ArgumentList $Cmd
}

function Get-RemoteUptime {
    param([string]$Computer)
    # ok: SEC021
    Invoke-Command -ComputerName $Computer -ScriptBlock { Get-Uptime }
}

Invoke-Calculation -Text $Expression
