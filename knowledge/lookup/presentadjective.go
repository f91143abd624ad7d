package lookup

// Present-time adjectives asked (part of stage 2). "Who is the current
// mayor" asks who is mayor now: the adjective sets its noun in the
// present as the time-position adverb "now" sets its clause (Quirk et
// al. 1985, §7.36 on "current" and "present" as adjectives of time, and
// §8.55 on "now"; deixis reads them so for figures, deictictime.go). A
// news story sets its holders in the present by its tenses and titles
// ("She will succeed Mayor Paul Hendricks"), seldom by the adjective, so
// the adjective, when the article never writes it, is no word the
// answer must hold, as "now" is none (a chat word, words.go).

// presentAdjectives are the adjectives of present time (WordNet 3.0,
// current.a.01: "occurring in or belonging to the present time";
// present.a.01: "temporal sense; intermediate between past and future;
// now existing or in progress").
var presentAdjectives = set("current", "present")

// presentTimeOnly reports whether question word i is an attributive
// adjective of present time the article never writes, standing after a
// determiner or a possessive and before its noun.
func (e *Engine) presentTimeOnly(toks []token, i int) bool {
	t := toks[i]
	return presentAdjectives[t.lower] && !e.r.vocab[t.lower] && !e.r.vocab[t.stem] && i > 0 && betweenDeterminerAndNoun(toks, i)
}
