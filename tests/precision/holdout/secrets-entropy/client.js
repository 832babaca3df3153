// ruleid: SEC001
var signingKey = 'pW3xN8qR2vT6yL9mK4bJ7hG1fD5sA0zC';
// ok: SEC001
var outputPath = 'VendorFeed.Indicator(val.Value && val.Value == obj.Value)';
// ok: SEC001
var sha1 = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
