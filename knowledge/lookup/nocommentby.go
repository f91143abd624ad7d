package lookup

import (
	"fmt"
	"strings"
)

// A declined comment is the asked person's response (part of stage 4,
// speech.go): when a reporter seeks a person's words and gets none, news
// writing says so with the person as the subject of a negated or refusing
// verb of saying ("Whitcomb declined to comment on the resignation", "A
// spokeswoman for the attorney general did not respond to a request for
// comment"; AP Stylebook, "no comment": report that a source declined to
// comment, did not return calls or could not be reached). That sentence
// is what the article reports of the person's reaction, so "what did X
// say", "how did X react" and "did X say anything" are answered by it,
// not refused. The person must be the subject: named (or, as a pronoun,
// referred to) before the denial, in the usual order of English (Quirk et
// al. 1985, §2.13), with no other verb of saying between them, so
// "police have not said whether Smith was armed" is not Smith's silence.
// nocomment.go keeps the looser reading (any such sentence that mentions
// X) for the refusal it explains.

// noCommentWindow is how far after the denial the noun or verb of saying
// may stand: "did not respond to a request for comment" puts "comment"
// six words after "not".
const noCommentWindow = 6

// declinedBy returns the sentences in which x, as the subject, gave no
// comment.
func (e *Engine) declinedBy(x int) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !s.mentions(x) {
			continue
		}
		if k := e.denialOfSaying(s); k > 0 && e.declinerBefore(s, x, k) {
			out = append(out, s)
		}
	}
	return out
}

// denialOfSaying is the first unquoted negation or verb of refusal in s
// followed, within noCommentWindow words of the same clause, by a noun or
// verb of saying ("declined to comment", "did not respond", "could not be
// reached for comment"); -1 when there is none.
func (e *Engine) denialOfSaying(s *sentence) int {
	for k, t := range s.toks {
		if s.quoted[k] || !negations[t.lower] {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+noCommentWindow; j++ {
			if s.quoted[j] || commaBetween(s, j-1, j) {
				break
			}
			w := s.toks[j].lower
			if saidNouns[w] || e.speakingVerb(w) || speechBases[w] || speechVerbs[w] {
				return k
			}
		}
	}
	return -1
}

// declinerBefore reports whether x is named before token k of s (or, when
// s only refers to x, a subject pronoun or a company's spokesperson
// stands before k) and no verb of saying stands between that mention and
// k.
func (e *Engine) declinerBefore(s *sentence, x, k int) bool {
	at := -1
	for i := 0; i < k; i++ {
		if n := e.formAt(s, x, i); n > 0 {
			at = i + n - 1
			break
		}
	}
	if at < 0 && contains(s.refs, x) && !contains(s.named, x) {
		for i := 0; i < k; i++ {
			if subjectPronouns[s.toks[i].lower] || companySpokesAt(s, i) {
				at = i // "he", or "a company spokesman" for the company (companyref.go)
				break
			}
		}
	}
	return at >= 0 && !speechVerbBetween(s, at, k)
}

// speechVerbBetween reports whether a verb of saying stands in s after
// token from and before token to: "police have not said whether Smith
// was armed" puts the police's saying between Smith and the denial.
func speechVerbBetween(s *sentence, from, to int) bool {
	for i := from + 1; i < to; i++ {
		if speechVerbs[s.toks[i].lower] {
			return true
		}
	}
	return false
}

// declinedReply is the reply for a person the article neither quotes nor
// reports but says gave no comment: the sentences that say so.
func (e *Engine) declinedReply(x int) (reply, bool) {
	used := e.declinedBy(x)
	if len(used) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: fmt.Sprintf("%s gave no comment:", e.a.Entities[x].Name), used: used}, true
}

// describedDeclined is the reply for a speaker the question describes and
// the article does not name ("what did his lawyer say") when a sentence
// gives that description as the subject of a denial of saying ("His
// lawyer did not respond to a request for comment"): every described word
// before the denial, no verb of saying between, and the question's person
// named or referred to in the sentence, whose relation it is.
func (e *Engine) describedDeclined(q *query, desc []term) (reply, bool) {
	if len(desc) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		k := e.denialOfSaying(s)
		if s.para == 0 || k <= 0 || !describedBefore(s, desc, k) {
			continue
		}
		if len(q.subjects) > 0 && !s.mentions(q.subjects[0]) {
			continue
		}
		var words []string
		for _, d := range desc {
			words = append(words, d.lower)
		}
		who := "The " + strings.Join(words, " ")
		if len(q.subjects) > 0 {
			who = e.a.Entities[q.subjects[0]].Name + "'s " + strings.Join(words, " ")
		}
		return reply{found: true, head: who + " gave no comment:", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// describedBefore reports whether every described word stands in s before
// token k, with no verb of saying between the last of them and k.
func describedBefore(s *sentence, desc []term, k int) bool {
	last := -1
	for _, d := range desc {
		at := -1
		for i := 0; i < k; i++ {
			if s.toks[i].meets(d.stem) && !s.quoted[i] {
				at = i
				break
			}
		}
		if at < 0 {
			return false
		}
		last = max(last, at)
	}
	return !speechVerbBetween(s, last, k)
}
