#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>
#include <openssl/ssl.h>

/* A prototype is not a call. */
/* ok: SEC010 */
int system(const char *command);

static void copy_name(char *dst, const char *src) {
  /* ruleid: SEC024 */
  strcpy(dst, src);
}

static void copy_name_bounded(char *dst, size_t size, const char *src) {
  /* ok: SEC024 */
  strncpy(dst, src, size - 1);
  dst[size - 1] = '\0';
}

static void format_path(char *out, const char *user) {
  /* ruleid: SEC024 */
  sprintf(out, "/home/%s/.config", user);
}

static void format_path_bounded(char *out, size_t size, const char *user) {
  /* ok: SEC024 */
  snprintf(out, size, "/home/%s/.config", user);
}

static int run_lookup(const char *host) {
  char command[256];
  snprintf(command, sizeof(command), "nslookup %s", host);
  /* ruleid: SEC010 */
  return system(command);
}

static int run_fixed(void) {
  /* ok: SEC010 */
  return system("uptime");
}

static FILE *open_pipe(const char *cmd) {
  /* ruleid: SEC010 */
  return popen(cmd, "r");
}

static void insecure_download(CURL *curl) {
  /* ruleid: SEC013 */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  /* ruleid: SEC013 */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0);
  /* ok: SEC013 */
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
}

static void secure_download(CURL *curl) {
  /* ok: SEC013 */
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  /* ruleid: TLS001 */
  curl_easy_setopt(curl, CURLOPT_URL, "http://updates.vendor-legacy.com/feed");
  /* ok: TLS001 */
  curl_easy_setopt(curl, CURLOPT_URL, "https://updates.vendor.com/feed");
  /* ok: TLS001 */
  curl_easy_setopt(curl, CURLOPT_URL, "http://localhost:8080/health");
}

static SSL_CTX *make_context(void) {
  /* ruleid: TLS006 */
  SSL_CTX *ctx = SSL_CTX_new(TLSv1_method());
  /* ruleid: SEC013 */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}

static SSL_CTX *make_modern_context(void) {
  /* ok: TLS006 */
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  /* ok: TLS006 */
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  /* ok: SEC013 */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  return ctx;
}

static void comment_only(void) {
  /* strcpy(dst, src) and system(cmd) appear only in this comment. */
  /* ok: SEC024 */
  puts("strcpy is not used");
}

int main(int argc, char **argv) {
  char name[64];
  if (argc > 1) copy_name(name, argv[1]);
  return run_lookup(argc > 1 ? argv[1] : "localhost");
}
