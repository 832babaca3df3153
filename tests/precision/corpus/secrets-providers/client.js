function headers(token) {
    // ok: SEC003
    return { Authorization: 'Bearer ' + token };
}

// ruleid: SEC003
var apiKey = 'k9Xq2Lm7Pv4Rt8Wz3Nb6';
// ok: SEC003
var tokenUrl = 'https://auth.vendor.com/oauth2/token';
