// SPDX-License-Identifier: Apache-2.0
/*
 * The app's one native function: setenv(3) in the JVM's own process, which Java cannot do. On Linux
 * the window points GTK at a private data folder (org.gazettereader.app.GtkRecentList); with this
 * library the variables are set before GTK starts, instead of in a second JVM started for them
 * (org.gazettereader.app.InProcessEnvironment). installer/Package.java builds it into the app image.
 */
#include <jni.h>
#include <stdlib.h>
#include <string.h>

/* A NUL-terminated copy of the bytes, or NULL when they hold a NUL of their own (or no memory). */
static char *copy(JNIEnv *env, jbyteArray bytes) {
    jsize n = (*env)->GetArrayLength(env, bytes);
    char *s = malloc((size_t) n + 1);
    if (s == NULL) {
        return NULL;
    }
    (*env)->GetByteArrayRegion(env, bytes, 0, n, (jbyte *) s);
    s[n] = '\0';
    if (strlen(s) != (size_t) n) {
        free(s);
        return NULL;
    }
    return s;
}

JNIEXPORT jint JNICALL Java_org_gazettereader_app_InProcessEnvironment_setenv0(JNIEnv *env, jclass cls,
        jbyteArray name, jbyteArray value) {
    (void) cls;
    char *n = copy(env, name);
    char *v = copy(env, value);
    int rc = n == NULL || v == NULL ? -1 : setenv(n, v, 1);
    free(n);
    free(v);
    return rc;
}

JNIEXPORT jbyteArray JNICALL Java_org_gazettereader_app_InProcessEnvironment_getenv0(JNIEnv *env, jclass cls,
        jbyteArray name) {
    (void) cls;
    char *n = copy(env, name);
    const char *v = n == NULL ? NULL : getenv(n);
    free(n);
    if (v == NULL) {
        return NULL;
    }
    jsize len = (jsize) strlen(v);
    jbyteArray out = (*env)->NewByteArray(env, len);
    if (out != NULL) {
        (*env)->SetByteArrayRegion(env, out, 0, len, (const jbyte *) v);
    }
    return out;
}
