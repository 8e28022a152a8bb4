#ifndef GROUNDWORK_CCURL_H
#define GROUNDWORK_CCURL_H

// Typed, non-variadic wrappers over libcurl's variadic calls, which Swift cannot call.
// Including curl.h here lets Swift see libcurl's types and constants.
#include <curl/curl.h>

/// curl_global_init(CURL_GLOBAL_DEFAULT); the caller makes sure it runs once.
CURLcode gw_curl_global_init(void);
/// curl_version_info(CURLVERSION_NOW).
const curl_version_info_data *gw_curl_version_info(void);

CURLcode gw_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode gw_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode gw_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode gw_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode gw_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);

/// Sets CURLOPT_WRITEFUNCTION and CURLOPT_WRITEDATA.
CURLcode gw_curl_setopt_write_callback(CURL *handle, curl_write_callback callback, void *userdata);
/// Sets CURLOPT_HEADERFUNCTION and CURLOPT_HEADERDATA.
CURLcode gw_curl_setopt_header_callback(CURL *handle, curl_write_callback callback, void *userdata);
/// Sets CURLOPT_XFERINFOFUNCTION and CURLOPT_XFERINFODATA, and turns CURLOPT_NOPROGRESS off.
CURLcode gw_curl_setopt_xferinfo(CURL *handle, curl_xferinfo_callback callback, void *userdata);

CURLcode gw_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode gw_curl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);
CURLcode gw_curl_getinfo_string(CURL *handle, CURLINFO info, const char **value);

#endif
