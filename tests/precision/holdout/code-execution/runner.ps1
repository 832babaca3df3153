param([string]$Name, [string]$UserInput)

function Invoke-Tool {
    param([string]$Tool)
    # ruleid: SEC010
    & ("C:\tools\" + $Tool + ".exe")
}

function Invoke-Cmd {
    param([string]$Text)
    # ruleid: SEC010
    Start-Process cmd.exe -ArgumentList "/c $Text"
}

function Open-Editor {
    # ok: SEC010
    Start-Process notepad.exe
}

function Invoke-Text {
    param([string]$Text)
    # ruleid: SEC009
    Invoke-Expression -Command $Text
}

Invoke-Tool -Tool $Name
