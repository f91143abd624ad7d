package lookup

import "slices"

// Permitted figures (part of stage 4, numbers). "SpaceX had cleared its
// boosters to fly as many as 40 times" tells what is allowed, not what
// was done: a verb of permission with an object and a to-infinitive
// ("allow", "permit", "authorize", "clear"; Quirk et al. 1985, §16.63 on
// the object and to-infinitive complement) does not entail its
// infinitive's act (Karttunen, "Implicative Verbs", 1971: such verbs are
// non-implicative), so its figure answers "how many times has it flown"
// only where nothing else does, as a hoped-for figure (hopedfigure.go).
// A question that asks the permission itself ("how many times can it
// fly", "is allowed") takes it as asked.

// permissionVerbs are the past and present forms of the verbs of
// permission that take an object and a to-infinitive.
var permissionVerbs = set("allowed", "allows", "permitted", "permits", "authorized", "authorizes",
	"cleared", "clears", "approved", "approves")

// permissionWords are the words with which a question asks what is
// allowed.
var permissionWords = set("can", "could", "may", "allowed", "allow", "permitted", "permit",
	"authorized", "cleared", "approved", "limit", "maximum", "most")

// permittedFigure reports whether figure n of s, with its approximators,
// is in the to-infinitive of a verb of permission within the eight words
// before it (its object, "to", the verb and a hedge such as "as many as"
// stand between), in its clause ("cleared its boosters to fly as many as
// 40 times").
func permittedFigure(s *sentence, n quantity) bool {
	return inInfinitiveOf(s, withHedge(s, n).tok, permissionVerbs, 8)
}

// permittedWeight weighs a permitted figure: +2 when the question asks
// what is allowed ("how many can it carry"), -2 when it asks neither
// that nor of the future.
func permittedWeight(q *query, s *sentence, n quantity) float64 {
	switch {
	case !permittedFigure(s, n):
		return 0
	case slices.ContainsFunc(q.toks, func(t token) bool { return permissionWords[t.lower] }):
		return 2
	case asksFuture(q):
		return 0
	}
	return -2
}
