package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
)

// Token prefixes say what a token is, so that a leaked one is recognised
// (secret scanners, logs) and one kind is never taken for the other.
const (
	SessionPrefix = "tbs_"
	APIPrefix     = "tbt_"
)

// tokenBytes is the entropy of a token: 256 bits.
const tokenBytes = 32

// tokenLen is the length of a token after its prefix.
var tokenLen = base64.RawURLEncoding.EncodedLen(tokenBytes)

// ErrBadToken means a string is not a well-formed token of the kind asked.
var ErrBadToken = errors.New("auth: malformed token")

// NewToken returns a fresh random token with the prefix and the hash under
// which it is stored. The token is shown once and never stored.
func NewToken(prefix string) (token, hash string) {
	var b [tokenBytes]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	token = prefix + base64.RawURLEncoding.EncodeToString(b[:])
	return token, HashToken(token)
}

// ParseToken checks that s is a token with the prefix and returns its
// hash. It rejects anything else without looking further, so that no
// lookup is made for garbage. Comparing hashes in the database is safe
// without constant time: the tokens have 256 bits of entropy, and a lookup
// by hash reveals nothing about the token.
func ParseToken(s, prefix string) (hash string, err error) {
	rest, ok := strings.CutPrefix(s, prefix)
	if !ok || len(rest) != tokenLen {
		return "", ErrBadToken
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(rest)
	if err != nil || len(raw) != tokenBytes {
		return "", ErrBadToken
	}
	return HashToken(s), nil
}

// HashToken is the stored form of a token: hex SHA-256. A slow hash would
// add nothing: the token is random, not chosen by a person.
func HashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// OneTimePassword returns a random password for a new account, to be
// changed: 26 characters of base32, 130 bits.
func OneTimePassword() string { return rand.Text() }
