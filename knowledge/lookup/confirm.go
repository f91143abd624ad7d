package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Confirmation requests: the user sets out what they understood and asks
// whether it is right ("sessions said X, then the post says Y, and his
// spokeswoman says Z - is that basically the gist or am i missing
// something?"). Each claim is checked against the article on its own and
// the reply gives the verdict first, then each claim with the sentence
// that bears on it: in the article's terms, only partly (the user's
// paraphrase uses words the article does not), or not said at all.

// confirmTag is the tag question that asks for confirmation: "is that
// (basically) the gist / right / correct", "did i get that right", "am i
// missing something", or a closing "right?" (Quirk et al., §11.8, tag
// questions; the chat forms of them).
var confirmTag = lazyRE(`(?:\b(?:is|was) (?:that|this|it)\b[^?]{0,30}\b(?:gist|right|correct|accurate|fair|true|it)\b|\bdid i (?:get|understand) (?:that|this|it)\b|\bam i (?:missing|getting|understanding|reading)\b|(?:,|\s[-–—])\s*(?:right|correct)\s*\?\s*$)`)

// claimBreak separates the claims of a restatement: a dash, a semicolon,
// a sentence's end, or a comma before a coordinator or "then".
var claimBreak = lazyRE(`\s[-–—]+\s|;|[.?!]+\s+|,\s*(?:and then|then|and|but|while|whereas)\s+`)

// firstPerson marks a clause about the user ("i'm trying to follow this"),
// which frames the restatement and claims nothing about the article.
var firstPerson = set("i", "i'm", "im", "me", "my", "we", "i've", "ive", "let")

// claimsOf returns the claims a confirmation request restates, or nil when
// the question asks for no confirmation or restates fewer than two.
func claimsOf(text string) []string {
	low := strings.ToLower(expandChat(text))
	loc := confirmTag.FindStringIndex(low)
	if loc == nil {
		return nil
	}
	var out []string
	for _, c := range claimBreak.Split(low[:loc[0]], -1) {
		words := dropChat(strings.Fields(strings.Trim(c, " ,.?!")))
		if len(words) < 2 || hasAny(words, firstPerson) {
			continue
		}
		out = append(out, strings.Join(words, " "))
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// hasAny reports whether one of words is in the set.
func hasAny(words []string, s map[string]bool) bool {
	for _, w := range words {
		if s[strings.Trim(w, ",.?!")] {
			return true
		}
	}
	return false
}

// claim support, from best to worst: in the article's terms, only partly,
// with the other polarity (one of the two negated), not said.
const (
	claimSaid = iota
	claimPartly
	claimDiffers
	claimNotSaid
)

// confirm answers a confirmation request claim by claim.
func (e *Engine) confirm(text string, history []knowledge.Turn) (reply, bool) {
	claims := claimsOf(text)
	if claims == nil {
		return reply{}, false
	}
	var parts []reply
	worst := claimSaid
	var persons []int // the people the claims named, the latest first
	for _, c := range claims {
		q := e.understand(c, history)
		if g, ok := pronounGender(q.toks); ok && !e.hasPersonOf(q.subjects, g) && e.hasPersonOf(persons, g) {
			// "then the post says he talked to …": he is the person of a claim before
			q.subjects = append(q.subjects, e.referent(persons, q.toks, false)[0])
			q.terms = e.termsOf(q)
		}
		for _, x := range q.subjects {
			if e.r.ents[x].kind == knowledge.Person {
				persons = append([]int{x}, persons...)
			}
		}
		cand, support := e.support(q)
		if support == claimSaid {
			support = e.yesNoCheck(q)
		}
		var s *sentence
		if cand.s >= 0 {
			s = &e.r.sents[cand.s]
			if anyNegation(q.toks) != negatesMatch(s, cand.matched) {
				support = max(support, claimDiffers) // "he met the russians" against "he never met …": never a yes
			}
		}
		worst = max(worst, support)
		parts = append(parts, claimReply(c, s, support))
	}
	verdict := map[int]string{
		claimSaid:    "Yes, basically: the article says each of those.",
		claimPartly:  "Mostly: the article says these, though not all in your words.",
		claimDiffers: "Not quite: the article puts some of that differently.",
		claimNotSaid: "Not all of it: the article does not say everything there.",
	}[worst]
	out := reply{parts: append([]reply{{found: true, head: verdict}}, parts...)}
	return out, true
}

// support finds the sentence that bears on one claim: the best sentence
// that holds it, or, when the claim uses words the article never does,
// the best that holds every word of it the article uses.
func (e *Engine) support(q *query) (candidate, int) {
	if c, ok := e.best(q, nil); ok {
		return c, claimSaid
	}
	known, total := 0.0, 0.0
	for _, t := range q.terms {
		total += t.weight
		if t.known {
			known += t.weight
		}
	}
	if known == 0 || known == total {
		return candidate{s: -1}, claimNotSaid
	}
	for k, c := range e.rank(q, nil) {
		if k >= 5 {
			break // far down the ranking a sentence shares words by chance
		}
		if len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		if c.coverage*total >= known-1e-9 {
			return c, claimPartly
		}
	}
	return candidate{s: -1}, claimNotSaid
}

// negatesMatch reports whether a negation in the sentence governs one of
// the words the claim matched: a "not", "never" or "n't" within the three
// words before it ("he never met with any Russian officials").
func negatesMatch(s *sentence, matched []int) bool {
	return negationAt(s, matched) >= 0
}

// claimReply is one claim's line: the claim, how far the article bears it
// out, and the sentence.
func claimReply(c string, s *sentence, support int) reply {
	switch support {
	case claimSaid:
		return reply{found: true, head: "• " + c + ": the article says so —", used: []*sentence{s}}
	case claimPartly:
		return reply{found: true, head: "• " + c + ": not in those words; the article says —", used: []*sentence{s}}
	case claimDiffers:
		return reply{found: true, head: "• " + c + ": compare what the article says —", used: []*sentence{s}}
	}
	return reply{found: true, head: "• " + c + ": the article doesn't say that."}
}

// yesNoCheck asks a claim the article holds as a yes/no question, so that
// the polarity and the roles the yes/no stage checks hold too ("he
// resigned" is not borne out by "Flynn's resignation" in a sentence that
// names him): a No makes the claim differ, no answer makes it unsaid.
func (e *Engine) yesNoCheck(q *query) int {
	yn := *q
	yn.typ = tYesNo
	r := e.solve(&yn)
	switch {
	case !r.found:
		return claimNotSaid
	case strings.HasPrefix(r.head, "No"):
		return claimDiffers
	}
	return claimSaid
}
