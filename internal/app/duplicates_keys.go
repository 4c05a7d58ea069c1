package app

import (
	"hash/fnv"
	"strings"
	"unicode"

	"talentbridge/internal/model"
	"talentbridge/internal/translit"
)

// blockKeys are the blocking keys of one expert's name. Two experts become
// a candidate pair when one probes a key the other posts, so that only
// people whose names share folded parts are ever scored, never all pairs.
//
// Every expert posts and probes the pairs {family key, given key} of its
// spellings, order-free, so that "Zhang Wei" and "Wei Zhang" meet. Keys
// that only a rarer record needs are posted by everyone but probed only by
// that record: family and given run together (zhangwei, probed by one-word
// names) and a part with the other part's initial (probed by "I. Ivanov").
// Common blocks such as "zhang + w…" are therefore looked up only by the few
// records that need them.
type blockKeys struct {
	post, probe []uint64
	// abbreviated: the name is written as initials or as one word, so it
	// has no parts to compare one by one.
	abbreviated bool
}

// Kinds of block, prefixed to the key before hashing.
const (
	blockPair    = "p"
	blockJoined  = "j"
	blockInitial = "i"
)

func blockHash(kind string, parts ...string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(kind))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return h.Sum64()
}

// nameParts splits the spellings of one role into folded keys of whole
// parts and the initial letters of abbreviated ones ("I.", "Yu.", "I.P.").
func nameParts(forms []string) (full []string, initials []string) {
	for _, f := range forms {
		if chunks, ok := initialChunks(f); ok {
			for _, c := range chunks {
				if k := translit.Key(c); k != "" {
					initials = appendNew(initials, k[:1])
				}
			}
			continue
		}
		if k := translit.Key(f); len(k) >= 2 {
			full = appendNew(full, k)
		}
	}
	return full, initials
}

// initialChunks reports whether a part is written as initials, and the
// letters of each: "I.P." → I, P; "Yu." → Yu; a lone letter counts too.
func initialChunks(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 1 {
		return []string{s}, true
	}
	if !strings.Contains(s, ".") {
		return nil, false
	}
	var out []string
	for _, c := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' || unicode.IsSpace(r) }) {
		if len([]rune(c)) > 2 {
			return nil, false
		}
		out = append(out, c)
	}
	return out, len(out) > 0
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// nameBlockKeys computes the blocking keys of a name (one form per language).
func nameBlockKeys(name model.Text, nativeLang string) blockKeys {
	p := translit.NewPerson(name, nativeLang)
	fam, famInit := nameParts(p.Parts(translit.RoleFamily))
	giv, givInit := nameParts(p.Parts(translit.RoleGiven))
	var k blockKeys
	both := func(h uint64) {
		k.post = append(k.post, h)
		k.probe = append(k.probe, h)
	}
	for _, f := range fam {
		for _, g := range giv {
			both(blockHash(blockPair, min(f, g), max(f, g)))
			k.post = append(k.post, blockHash(blockJoined, f+g), blockHash(blockJoined, g+f),
				blockHash(blockInitial, f, g[:1]), blockHash(blockInitial, g, f[:1]))
		}
	}
	whole := append(append([]string(nil), fam...), giv...)
	inits := append(append([]string(nil), famInit...), givInit...)
	oneWord := len(inits) == 0 && (len(fam) == 0 || len(giv) == 0)
	k.abbreviated = oneWord || len(inits) > 0
	if oneWord {
		for _, w := range whole {
			both(blockHash(blockJoined, w)) // "zhangwei", "Zhang-Wei"
		}
	}
	for _, w := range whole {
		for _, c := range inits {
			both(blockHash(blockInitial, w, c))
		}
	}
	k.post = uniqueHashes(k.post)
	k.probe = uniqueHashes(k.probe)
	return k
}

func uniqueHashes(hs []uint64) []uint64 {
	seen := make(map[uint64]struct{}, len(hs))
	out := hs[:0]
	for _, h := range hs {
		if _, ok := seen[h]; !ok {
			seen[h] = struct{}{}
			out = append(out, h)
		}
	}
	return out
}
