// Package auth holds the credentials machinery: argon2id password hashes,
// random tokens for sessions and the API, login names and the sign-in rate
// limiter. It knows nothing of accounts or storage.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Params are argon2id parameters.
type Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes
	Threads uint8
	SaltLen uint32 // bytes
	KeyLen  uint32 // bytes
}

// DefaultParams are the OWASP Password Storage Cheat Sheet's first
// recommendation for argon2id: 19 MiB of memory, two passes, one lane,
// with a 16-byte salt and a 32-byte key. A verification then takes a few
// tens of milliseconds on one server core (bench/signinbench measures it)
// and 19 MiB; the app bounds how many run at once, so that a burst of
// sign-ins cannot exhaust memory. Raise them as hardware allows: a stored
// hash keeps the parameters it was made with, and the next sign-in
// rehashes it with the current ones.
var DefaultParams = Params{Memory: 19 * 1024, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}

// Password length limits, in bytes. The upper bound keeps a single request
// from costing much more than any other; argon2 itself takes any length.
const (
	MinPasswordLen = 12
	MaxPasswordLen = 1024
)

// ErrBadHash means a stored hash is not an argon2id PHC string this package
// can verify.
var ErrBadHash = errors.New("auth: malformed password hash")

// Hasher hashes and verifies passwords with one set of parameters. It
// holds a hash of a random password, so that verifying for an account that
// does not exist costs the same as for one that does.
type Hasher struct {
	params Params
	dummy  string
}

// NewHasher returns a Hasher with the parameters (DefaultParams when zero).
func NewHasher(p Params) (*Hasher, error) {
	if p == (Params{}) {
		p = DefaultParams
	}
	if p.Memory == 0 || p.Time == 0 || p.Threads == 0 || p.SaltLen < 8 || p.KeyLen < 16 {
		return nil, fmt.Errorf("auth: argon2id parameters too weak: %+v", p)
	}
	h := &Hasher{params: p}
	dummy, err := h.Hash(rand.Text())
	if err != nil {
		return nil, err
	}
	h.dummy = dummy
	return h, nil
}

// Hash returns the PHC string of password with a fresh random salt:
// $argon2id$v=19$m=19456,t=2,p=1$<salt>$<key>, base64 without padding.
func (h *Hasher) Hash(password string) (string, error) {
	salt := make([]byte, h.params.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("auth: salt: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, h.params.Time, h.params.Memory, h.params.Threads, h.params.KeyLen)
	return encodePHC(h.params, salt, key), nil
}

// Verify reports whether password matches the hash, comparing in constant
// time, and whether the hash should be replaced because it was made with
// other parameters. A malformed hash verifies nothing (ErrBadHash).
func (h *Hasher) Verify(password, encoded string) (ok, rehash bool, err error) {
	p, salt, key, err := ParsePHC(encoded)
	if err != nil {
		return false, false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, uint32(len(key)))
	ok = subtle.ConstantTimeCompare(got, key) == 1
	return ok, ok && p != h.params, nil
}

// VerifyDummy spends the time of a Verify and always fails: it stands in
// for an account that does not exist or may not sign in.
func (h *Hasher) VerifyDummy(password string) {
	_, _, _ = h.Verify(password, h.dummy)
}

var b64 = base64.RawStdEncoding

func encodePHC(p Params, salt, key []byte) string {
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// Bounds on the parameters of a stored hash, so that a corrupt or planted
// hash cannot make a verification take minutes or gigabytes.
const (
	maxMemory  = 1 << 21 // 2 GiB in KiB
	maxTime    = 16
	maxKeySalt = 128
)

// ParsePHC decodes an argon2id PHC string into its parameters, salt and key.
func ParsePHC(s string) (Params, []byte, []byte, error) {
	parts := strings.Split(s, "$")
	// "", "argon2id", "v=19", "m=…,t=…,p=…", salt, key
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return Params{}, nil, nil, ErrBadHash
	}
	var p Params
	for _, kv := range strings.Split(parts[3], ",") {
		k, v, ok := strings.Cut(kv, "=")
		n, err := strconv.ParseUint(v, 10, 32)
		if !ok || err != nil {
			return Params{}, nil, nil, ErrBadHash
		}
		switch k {
		case "m":
			p.Memory = uint32(n)
		case "t":
			p.Time = uint32(n)
		case "p":
			if n > 255 {
				return Params{}, nil, nil, ErrBadHash
			}
			p.Threads = uint8(n)
		default:
			return Params{}, nil, nil, ErrBadHash
		}
	}
	salt, err1 := b64.DecodeString(parts[4])
	key, err2 := b64.DecodeString(parts[5])
	switch {
	case err1 != nil || err2 != nil,
		p.Memory == 0 || p.Memory > maxMemory || p.Time == 0 || p.Time > maxTime || p.Threads == 0,
		p.Memory < 8*uint32(p.Threads), // argon2's own minimum
		len(salt) < 8 || len(salt) > maxKeySalt || len(key) < 16 || len(key) > maxKeySalt:
		return Params{}, nil, nil, ErrBadHash
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}
