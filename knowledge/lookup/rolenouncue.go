package lookup

import (
	"slices"
)

// Role nouns asked about as things (part of stage 2, the answer type).
// "What's her job" asks a person's role; but in "how many workers were on
// the job", "who got the job", "why did he leave his job" or "how long
// has she held the post" the role noun is an object or a complement
// inside the clause, and the question asks the number, person, reason or
// time its opening interrogative asks. The fronted wh-element sets what
// is asked (Quirk et al., A Comprehensive Grammar of the English
// Language, 11.14), so a role noun later in the question yields to a cue
// that opens it, as a reaction verb does (reactionverb.go). A manner
// question ("how would you describe her role") is left to the role noun.

// roleNounRe is a role noun as typeCues' description pattern matches it.
var roleNounRe = lazyRE(`^ ?(role|job|position|title|occupation|profession|post) ?$`)

// roleNounYields reports whether the description cue first, matched at at
// in s, is a role noun past the question's opening that gives way to cue
// c, matched at loc: an interrogative opening the question and asking a
// number, amount, age, time, place, reason, frequency, share or person.
func roleNounYields(s string, first *typeCue, at []int, c *typeCue, loc []int) bool {
	if first.typ != tDescribe || at[0] <= 1 || loc[0] > 1 || !roleNounRe.MatchString(s[at[0]:at[1]]) {
		return false
	}
	switch c.typ {
	case tCount, tAmount, tAge, tTime, tPlace, tReason, tFrequency, tPercent, tPerson:
		return true
	}
	return false
}

// roleNouns are the role nouns of roleNounRe but "title". A role noun
// that did not set the question's type is content of it, as any noun is
// ("on the job": the workers at work), not a cue for an answer it does
// not ask. "Title" is also a championship (Merriam-Webster, "title" n.,
// sense 6), which a sports story tells by who won ("who took the women's
// title"), seldom by the word, so it stays a cue only.
var roleNouns = set("role", "job", "position", "occupation", "profession", "post")

// jobNouns are the nouns of a job held: WordNet 3.0's job.n.01
// {occupation, business, job, line of work, line} and its hyponym
// position.n.06 {position, post, berth, office, ...}, "a job in an
// organization", their single words that name nothing else first. A
// question and its article often name one job by two of them ("how
// long has she had the job": "who took the position in 2019").
var jobNouns = []string{"job", "occupation", "position", "post"}

// jobNounAlts adds to a role noun's term, content of its question, the
// article's words for the same job among jobNouns.
func (e *Engine) jobNounAlts(tm term) term {
	w := singular(tm.lower)
	if !slices.Contains(jobNouns, w) || tm.phrasal {
		return tm
	}
	for _, other := range jobNouns {
		if other == w {
			continue
		}
		if st, ok := e.knownWord(other); ok && !slices.Contains(tm.alts, st) {
			tm.alts = append(slices.Clip(tm.alts), st)
			tm.known = true
		}
	}
	return tm
}
