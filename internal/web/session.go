package web

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"sync"
	"time"

	"talentbridge/internal/policy"
)

// sessionCookie names the cookie holding the session id.
const sessionCookie = "tb_session"

// session is one browser's state on the server. A visitor gets one when a
// page shows them a form (so that the form can carry a CSRF token); signing
// in replaces it with a new one carrying the admin caller.
type session struct {
	id      string
	csrf    string
	caller  policy.Caller
	expires time.Time
	seq     uint64 // order of creation: breaks ties between equal expiries
}

// sessions holds the sessions in memory: they end when the process does,
// which for a sign-in by admin token is the safe default.
type sessions struct {
	ttl time.Duration
	max int
	now func() time.Time

	mu   sync.Mutex
	m    map[string]*session
	next uint64 // seq of the next session
}

func newSessions(ttl time.Duration, maxN int, now func() time.Time) *sessions {
	return &sessions{ttl: ttl, max: maxN, now: now, m: map[string]*session{}}
}

// get returns a copy of the live session with the id, extending its life.
func (s *sessions) get(id string) (session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ss, ok := s.m[id]
	if !ok {
		return session{}, false
	}
	now := s.now()
	if now.After(ss.expires) {
		delete(s.m, id)
		return session{}, false
	}
	ss.expires = now.Add(s.ttl)
	return *ss, true
}

// start creates a session for the caller with fresh random id and token.
func (s *sessions) start(c policy.Caller) session {
	ss := &session{id: randomToken(), csrf: randomToken(), caller: c}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	ss.expires = now.Add(s.ttl)
	s.next++
	ss.seq = s.next
	if len(s.m) >= s.max {
		s.evictLocked(now)
	}
	s.m[ss.id] = ss
	return *ss
}

// end forgets a session.
func (s *sessions) end(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, id)
}

// evictLocked drops expired sessions and, if that frees nothing, the one
// closest to expiry: a flood of visitors must not grow memory without bound.
func (s *sessions) evictLocked(now time.Time) {
	var oldest *session
	for id, ss := range s.m {
		if now.After(ss.expires) {
			delete(s.m, id)
			continue
		}
		if oldest == nil || ss.expires.Before(oldest.expires) ||
			(ss.expires.Equal(oldest.expires) && ss.seq < oldest.seq) {
			oldest = ss
		}
	}
	if len(s.m) >= s.max && oldest != nil {
		delete(s.m, oldest.id)
	}
}

func randomToken() string {
	var b [32]byte
	_, _ = rand.Read(b[:]) // never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// equalSecret compares two secrets in constant time; hashing first makes the
// time independent of their lengths too.
func equalSecret(got, want string) bool {
	if want == "" {
		return false
	}
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:]) == 1
}

// setSessionCookie hands the browser the session id: not readable by
// scripts, never sent by other sites, Secure when served over TLS.
func setSessionCookie(w http.ResponseWriter, r *http.Request, ss session, ttl time.Duration) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: ss.id, Path: "/",
		MaxAge: int(ttl.Seconds()), HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode,
	})
}

func clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: "", Path: "/",
		MaxAge: -1, HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode,
	})
}
