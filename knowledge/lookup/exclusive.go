package lookup

import (
	"slices"
	"strings"
)

// Exclusive questions: "was the Russian ambassador the only one he talked
// to?", "who wants an inquiry - just Democrats?". "Only" and "just" are
// exclusive focusing adverbs (Quirk et al., §8.116): the question asks
// whether nothing else shares what is said of X. An article that
// coordinates X with others of its kind ("Democrats, and some
// Republicans, have called for …"; "the German, and Russian
// ambassadors") answers No, and the coordination is the evidence. When the
// article coordinates X with nothing, the question is left to the other
// stages: no coordination is no evidence that X was the only one.

// The focus of "only" or "just": the noun phrase of "X the only one" ("was
// the russian ambassador the only one …"), a fragment "just X" / "only X"
// closing the question after a dash or comma, or "only X" closing it.
var (
	onlyAfterCue = lazyRE(`\b(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?((?:[\w']+\s+){0,2}[\w']+)\s+the\s+only\b`)
	onlyFragment = lazyRE(`(?:^|[-–—,;:]\s*|\bor\s+)(?:just|only|solely|merely)\s+(?:the\s+)?((?:[\w']+\s+){0,2}[\w']+)\s*[?.!]*\s*$`)
	// "did he meet only the russian ambassador?": "only" before the
	// question's last phrase ("just" there may mean "recently")
	onlyLast = lazyRE(`\bonly\s+(?:the\s+|a\s+|an\s+)?((?:[\w']+\s+){0,2}[\w']+)\s*[?.!]*\s*$`)
)

// exclusiveWords returns the words of the phrase "only" or "just" focuses
// on, or nil when the question has no exclusive focus.
func exclusiveWords(text string) []string {
	s := strings.ToLower(expandChat(text))
	for _, re := range []*lazyRegexp{onlyAfterCue, onlyFragment, onlyLast} {
		if m := re.FindStringSubmatch(s); m != nil {
			var out []string
			for _, w := range strings.Fields(m[1]) {
				if !stopWords[w] && !chatWords[w] {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return nil
}

// exclusive answers an exclusive question No from the best sentence, among
// those that name the question's subjects, where a word of the focus is
// coordinated with another item.
func (e *Engine) exclusive(q *query) (reply, bool) {
	words := exclusiveWords(q.raw)
	if len(words) == 0 {
		return reply{}, false
	}
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = stemOf(singular(w))
	}
	var asked []string // the question's own words: an item it names is no other
	for _, t := range q.toks {
		asked = append(asked, t.stem)
	}
	keep := func(s *sentence) bool {
		return coordinatedWithOther(s, stems, asked) && e.aboutRest(q, s, stems)
	}
	for _, c := range e.rank(q, keep) {
		return reply{found: true, head: "No —", used: []*sentence{&e.r.sents[c.s]}}, true
	}
	return reply{}, false
}

// proForms stand for the focus in "the only one": they name nothing
// themselves.
var proForms = set("one", "ones", "person", "people", "thing", "things")

// aboutRest reports whether sentence s is about the rest of the question,
// besides its focus: it mentions every entity the question names outside
// the focus ("was kislyak the only russian sessions met": Sessions) or,
// when the question names none, holds one of its other content words ("was
// flynn the only one who resigned": not "Flynn and Kislyak spoke").
func (e *Engine) aboutRest(q *query, s *sentence, stems []string) bool {
	others := 0
	for _, x := range q.subjects {
		if e.inFocus(x, stems) {
			continue
		}
		others++
		if !s.mentions(x) && s.speaker != x {
			return false
		}
	}
	if others > 0 {
		return true
	}
	for _, t := range q.terms {
		if !proForms[t.lower] && !slices.ContainsFunc(stems, func(st string) bool { return stemsMeet(st, t.stem) }) && s.hasTerm(t) {
			return true
		}
	}
	return false
}

// inFocus reports whether entity x is named by a word of the focus.
func (e *Engine) inFocus(x int, stems []string) bool {
	for _, f := range e.r.ents[x].forms {
		for _, w := range f {
			if slices.Contains(stems, stemOf(w)) {
				return true
			}
		}
	}
	return false
}

// coordinators join the conjuncts of a coordination; the determiners and
// quantifiers that may open a conjunct ("and some Republicans") are
// skipped to reach its head word.
var (
	coordinators    = set("and", "or", "as well as")
	conjunctOpeners = set("the", "a", "an", "some", "other", "many", "several", "few", "most", "all", "both", "also")
)

// coordinatedWithOther reports whether a token of the sentence that is a
// form of one of stems stands in a coordination ("A, B and C", "A, and
// some B") with a word of none of stems, written in the same case (a
// proper noun or adjective joins another: "German, and Russian") that the
// question does not use (asked: "did Flynn only talk to Kislyak" is not
// answered by "Flynn and Kislyak spoke").
func coordinatedWithOther(s *sentence, stems, asked []string) bool {
	for k, t := range s.toks {
		if !meetsAny(t, stems) {
			continue
		}
		if o := conjunctAfter(s, k); o >= 0 && !meetsAny(s.toks[o], asked) {
			return true
		}
		if o := conjunctBefore(s, k); o >= 0 && !meetsAny(s.toks[o], asked) {
			return true
		}
	}
	return false
}

// meetsAny reports whether t is a form of one of stems.
func meetsAny(t token, stems []string) bool {
	for _, st := range stems {
		if t.meets(st) {
			return true
		}
	}
	return false
}

// gapAfter is the text between token k and the next.
func gapAfter(s *sentence, k int) string {
	if k+1 >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[k].end:s.toks[k+1].start]
}

// conjunctAfter returns the head word of the conjunct after token k, or
// -1 when none follows. A coordinator ("and", "or", after a comma or not)
// joins the next conjunct; a comma alone joins it only when the list goes
// on to a coordinator ("A, B, and C"), since a comma alone also sets off
// an appositive ("McCain, R-Ariz., the committee's chairman").
func conjunctAfter(s *sentence, k int) int {
	i := k + 1
	comma := strings.Contains(gapAfter(s, k), ",")
	coord := false
	for i < len(s.toks) && coordinators[s.toks[i].lower] {
		coord = true
		i++
	}
	if !comma && !coord {
		return -1
	}
	for i < len(s.toks) && conjunctOpeners[s.toks[i].lower] {
		i++
	}
	if i >= len(s.toks) || stopWords[s.toks[i].lower] || !sameCase(s, i, k) || strings.ContainsAny(s.text[s.toks[k].end:s.toks[i].start], `"“”;:()`) {
		return -1
	}
	if !coord && !listGoesOn(s, i) {
		return -1
	}
	return i
}

// listGoesOn reports whether a coordinator follows the conjunct that
// opens at token i, within a few words ("the fire chief and …") and
// before any stop of punctuation other than a comma.
func listGoesOn(s *sentence, i int) bool {
	for j := i; j < i+4 && j+1 < len(s.toks); j++ {
		if strings.ContainsAny(gapAfter(s, j), `.;:"“”()`) {
			return false
		}
		if coordinators[s.toks[j+1].lower] {
			return true
		}
	}
	return false
}

// conjunctBefore returns the word of the conjunct before token k, or -1
// when none precedes: after a coordinator, or after a comma when the list
// reaches a coordinator on either side.
func conjunctBefore(s *sentence, k int) int {
	i := k - 1
	for i > 0 && conjunctOpeners[s.toks[i].lower] {
		i--
	}
	coord := false
	for i >= 0 && coordinators[s.toks[i].lower] {
		coord = true
		i--
	}
	if i < 0 || stopWords[s.toks[i].lower] || !sameCase(s, i, k) || strings.ContainsAny(s.text[s.toks[i].end:s.toks[k].start], `"“”;:()`) {
		return -1
	}
	if !coord && (!strings.Contains(gapAfter(s, i), ",") || conjunctBefore(s, i) < 0 && conjunctAfter(s, k) < 0) {
		return -1
	}
	return i
}

// sameCase reports whether tokens i and k are written in the same case,
// a word opening the sentence or a clause after a dash taking either.
func sameCase(s *sentence, i, k int) bool {
	return s.toks[i].cap == s.toks[k].cap || opensClause(s, i) || opensClause(s, k)
}

// opensClause reports whether token k opens the sentence or follows a dash
// (the dateline's "(AP) —").
func opensClause(s *sentence, k int) bool {
	if k == 0 {
		return true
	}
	gap := s.text[s.toks[k-1].end:s.toks[k].start]
	return strings.ContainsAny(gap, "—–") || strings.Contains(gap, " - ")
}
