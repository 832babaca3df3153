const https = require('https');

function buildAgent(insecure) {
    // ok: SEC013
    return new https.Agent({ rejectUnauthorized: !insecure });
}

function buildInsecureAgent() {
    // ruleid: SEC013
    return new https.Agent({ rejectUnauthorized: false });
}

function disableEverywhere() {
    // ruleid: SEC013
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

function legacyEndpoint() {
    // ruleid: TLS001
    return 'http://feeds.vendor-legacy.com/list.txt';
}

function secureEndpoint() {
    // ok: TLS001
    return 'https://feeds.vendor.com/list.txt';
}

function oldProtocolAgent() {
    // ruleid: TLS006
    return new https.Agent({ secureProtocol: 'TLSv1_method' });
}

function modernAgent() {
    // ok: TLS006
    return new https.Agent({ minVersion: 'TLSv1.2' });
}
