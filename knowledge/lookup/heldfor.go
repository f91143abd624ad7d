package lookup

import (
	"regexp"
	"strings"

	"storybot/knowledge"
)

// "What was he in jail for?" asks the offence a person is held for. A
// person is held either awaiting trial, "on" a charge, or serving a
// sentence "for" an offence after a conviction, and news copy names the
// offence in just those phrases ("held on charges of armed robbery",
// "awaiting trial on a murder charge", "serving a 12-year sentence for
// burglary"; the AP Stylebook's entries "accused, charged, suspected"
// and "sentences"). The question's final "for" is the preposition of
// cause or reason (Merriam-Webster, "for", sense 5: "because of"; Quirk
// et al., A Comprehensive Grammar, on prepositions of cause and reason),
// so the offence is what it asks. Charges a person
// only "faces" or "will face" (for an act after the detention, such as
// an escape) take no "on" and are not read, and a conviction's "of"
// (convictedof.go) is read when no charge or sentence phrase is told.

// heldForAsked matches "what was X in jail for", "what is she serving
// time for", "what were they locked up for".
var heldForAsked = regexp.MustCompile(`(?i)^\W*(?:\w+\W+){0,3}?what\b.*\b(?:in\s+(?:jail|prison|custody)|behind\s+bars|locked\s+up|serving\s+(?:time|(?:a\s+)?sentence)|doing\s+time|jailed|imprisoned|incarcerated|held)\s+for\W*$`)

// heldFor answers "what was X in jail for" with the first charge or
// sentence phrase of a sentence naming every person asked about.
func (e *Engine) heldFor(q *query) (reply, bool) {
	if len(q.subjects) == 0 || !heldForAsked.MatchString(q.raw) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !mentionsAll(s, q.subjects) {
			continue
		}
		if ch := e.heldOffence(s, q.subjects); ch != "" {
			return reply{found: true, head: capitalise(ch) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// heldOffence is the phrase of s telling what one of xs is held for:
// "a 12-year sentence for burglary", "charges of armed robbery" after
// "on", "a murder charge" after "on", each to the end of its clause; else
// a conviction's charges; else "". A phrase after another person's name
// is theirs ("Pruitt, who was serving a 12-year sentence for burglary,
// escaped with Castillo": Pruitt's, not Castillo's).
func (e *Engine) heldOffence(s *sentence, xs []int) string {
	for i, t := range s.toks {
		start := -1
		switch t.lower {
		case "sentence", "sentences":
			if i+1 < len(s.toks) && s.toks[i+1].lower == "for" {
				start = i
				for k := i - 1; k >= 0 && k >= i-3; k-- {
					if w := s.toks[k].lower; w == "a" || w == "an" || w == "the" {
						start = k
						break
					}
				}
			}
		case "charge", "charges", "count", "counts":
			start = onPhrase(s, i)
		}
		if start >= 0 && e.ownPhrase(s, start, xs) {
			return clauseRest(s.text[s.toks[start].start:])
		}
	}
	return verdictCharge(s, 1)
}

// ownPhrase reports whether the nearest person named before token k of s
// is one of xs, or no person is named before it (a pronoun's phrase, "He
// was serving …").
func (e *Engine) ownPhrase(s *sentence, k int, xs []int) bool {
	for j := k - 1; j >= 0; j-- {
		if x := e.actorAt(s, j, nil); x >= 0 && e.a.Entities[x].Kind == knowledge.Person {
			return contains(xs, x)
		}
	}
	return true
}

// onPhrase is the token after the "on" at most four tokens before the
// charge noun at i ("on a murder charge", "on charges of"), when the
// words between are lower-case modifiers, not a date and a verb ("on
// Tuesday dropped the charges"); else -1.
func onPhrase(s *sentence, i int) int {
	for k := i; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if t.lower == "on" {
			return k + 1
		}
		if k < i && (t.cap || strings.HasSuffix(t.lower, "ed") && !strings.Contains(t.lower, "-")) {
			return -1
		}
	}
	return -1
}

// clauseRest cuts text at the end of its clause: a comma, semicolon or
// full stop, or "but".
func clauseRest(text string) string {
	if cut := strings.IndexAny(text, ",;."); cut >= 0 {
		text = text[:cut]
	}
	if cut := strings.Index(text, " but "); cut >= 0 {
		text = text[:cut]
	}
	return strings.TrimSpace(text)
}
