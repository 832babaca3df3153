param($Params)

function Connect-Vendor {
    param($Params)
    $apiKey = $Params.api_key
    # ruleid: PRIV006
    Write-Host "Using key $apiKey"
    # ok: PRIV006
    Write-Host "Using the configured api key"
    return $apiKey
}

Connect-Vendor -Params $Params
