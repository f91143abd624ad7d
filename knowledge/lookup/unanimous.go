package lookup

import (
	"fmt"
	"slices"
)

// Whether a vote was unanimous (part of stage 4). "Unanimous" is "in
// complete agreement" (WordNet 3.0, unanimous adj. 1), so a vote is
// unanimous exactly when no one voted against, and the tally the article
// gives says which: AP writes a vote as the figures for and against
// joined by a hyphen ("approved 5-2"; AP Stylebook, "vote
// tabulations"). When the article never writes the word, the tally of
// the vote asked about answers the question: No for "5-2", Yes for "7-0".

// unanimityWords are the adjective and adverb of WordNet 3.0's
// "unanimous".
var unanimityWords = set("unanimous", "unanimously")

// unanimousVote answers "was the vote unanimous" from the tally of the
// vote asked about, when the article does not use the word itself: the
// best sentence with a tally that holds the rest of the question, or,
// when the question names nothing but the vote, the story's first tally
// (the inverted pyramid puts the main vote first). Without a tally it
// says the article does not tell: the adverb, which a modifier the
// article never uses would be, is what is asked, and the bare vote is
// no Yes.
func (e *Engine) unanimousVote(q *query) (reply, bool) {
	if q.negated || !slices.ContainsFunc(q.toks, func(t token) bool { return unanimityWords[t.lower] }) {
		return reply{}, false
	}
	for w := range unanimityWords {
		if e.r.vocab[w] {
			return reply{}, false // "voted unanimously": the article's own word answers
		}
	}
	s := e.askedTally(q, func(t term) bool { return unanimityWords[t.lower] })
	if s == nil {
		return reply{head: "The article doesn't say: it gives no tally of that vote."}, true
	}
	n := tallyIn(s)
	verdict := "Yes"
	if tallySideOf(n.text, true) > 0 {
		verdict = "No"
	}
	return reply{found: true, head: fmt.Sprintf("%s — the vote was %s:", verdict, n.text), used: []*sentence{s}}, true
}

// voteWords are the stems of the nouns and verb that name a vote itself,
// and of the bodies that cast one ("did the council vote unanimously").
var voteWords = set("vote", "tally", "ballot", "council", "board")

// firstTally is the article's first sentence outside quotations that
// gives a tally, or nil.
func (e *Engine) firstTally() *sentence {
	for i := range e.r.sents {
		if s := &e.r.sents[i]; tallyIn(s) != nil {
			return s
		}
	}
	return nil
}
