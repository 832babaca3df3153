#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

static void append(char *buf, const char *input) {
  /* ruleid: SEC024 */
  strcat(buf, input);
}

static void read_line(char *line) {
  /* ruleid: SEC024 */
  gets(line);
}

static int shell(const char *cmd) {
  /* ruleid: SEC010 */
  return execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
}

static int has_shell(void) {
  /* ok: SEC010 */
  return system(NULL);
}

static void configure(CURL *curl, int verify) {
  /* ok: SEC013 */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify ? 1L : 0L);
  /* ruleid: TLS001 */
  curl_easy_setopt(curl, CURLOPT_URL, "http://internal.vendor-corp.com/api");
}

static void checksum(EVP_MD_CTX *ctx) {
  /* ok: SEC014 */
  EVP_DigestInit_ex(ctx, EVP_md5(), NULL);
}

static void sign(const unsigned char *key, int klen, const unsigned char *data, size_t dlen,
                 unsigned char *out, unsigned int *olen) {
  /* ruleid: SEC014 */
  HMAC(EVP_sha1(), key, klen, data, dlen, out, olen);
}

static void encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  /* ruleid: SEC015 */
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
  /* ok: SEC015 */
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

static void keys(RSA *rsa, BIGNUM *e) {
  /* ruleid: SEC015 */
  RSA_generate_key_ex(rsa, 1024, e, NULL);
}

static void floor_version(SSL_CTX *ctx) {
  /* ruleid: TLS006 */
  SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);
}
