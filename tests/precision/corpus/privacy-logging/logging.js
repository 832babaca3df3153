function connect(params) {
    var password = params.credentials.password;
    // ruleid: PRIV006
    logDebug('password is ' + password);
    // ok: PRIV006
    logDebug('password rotated for the service account');
    // ruleid: PRIV006
    console.log(params);
    return password;
}
