package lookup

import (
	"strings"
)

// Custody (part of stage 4, yes/no): "is he still in jail", "are the two
// men locked up", "is she out on bail". A crime or court story tells a
// defendant's custody in set phrases: "was released on $50,000 bail",
// "remains free on bond", "is being held without bail in the county
// jail" (AP Stylebook, "bail": bail is money or property a defendant
// puts up to be released until trial; "free on bail"). A question about
// custody is answered by the state the last such phrase gives the
// person: released or free answers "locked up" no, held answers it yes.
// A state told in the present ("remains free", "is being held") is the
// state now and outranks one told in the past, which a later act may
// have changed ("was jailed" at the arrest, "was released" a day later).

// custodyAsked is a question of being held: in jail, prison or custody,
// locked up, behind bars, jailed or detained.
var custodyAsked = lazyRE(`\b(?:in (?:jail|prison|custody|detention)|locked up|behind bars|jailed|imprisoned|incarcerated|detained)\b`)

// freedomAsked is a question of being free: out on bail or bond, free,
// released.
var freedomAsked = lazyRE(`\b(?:out on (?:bail|bond)|free|released|out of (?:jail|prison))\b`)

// freeTold is a custody phrase of release or freedom.
var freeTold = lazyRE(`\b(?:free on (?:bail|bond)|released on (?:\$[\d,.]+(?: (?:million|thousand))? )?(?:bail|bond)|released (?:from|without) (?:jail|custody|prison|bail|bond|charges)|remains? free|remained free|out on (?:bail|bond)|posted (?:bail|bond)|free until)\b`)

// heldTold is a custody phrase of being held.
var heldTold = lazyRE(`\b(?:held (?:without (?:bail|bond)|in (?:the )?[\w' ]{0,40}?(?:jail|detention|custody|prison))|(?:is|are|was|were) being held|remains? (?:jailed|in custody|in jail|behind bars|in detention)|remained (?:jailed|in custody|in jail|behind bars)|ordered (?:held|detained)|denied (?:bail|bond)|(?:is|are) (?:jailed|in custody|in jail))\b`)

// presentCustody is a custody phrase told of now.
var presentCustody = lazyRE(`\b(?:remains?|is|are|being)\b`)

// custodyVerdict answers a yes/no question of custody by the state the
// article last gives the person asked about (any person, when the
// question names none: "is he locked up").
func (e *Engine) custodyVerdict(q *query) (reply, bool) {
	low := strings.ToLower(q.raw)
	held := custodyAsked.MatchString(low)
	if !held && !freedomAsked.MatchString(low) || q.negated {
		return reply{}, false
	}
	var best *sentence
	bestFree, bestNow := false, false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || s.speaker >= 0 || !mentionsAll(s, q.subjects) {
			continue
		}
		free, hold := freeTold.FindString(s.text), heldTold.FindString(s.text)
		if free == "" && hold == "" {
			continue
		}
		phrase, isFree := hold, false
		if free != "" && (hold == "" || strings.Index(s.text, free) > strings.Index(s.text, hold)) {
			phrase, isFree = free, true // the later of the two in the sentence tells the later state
		}
		now := presentCustody.MatchString(phrase) || presentCustody.MatchString(precedingWord(s.text, phrase))
		if best != nil && bestNow && !now {
			continue
		}
		best, bestFree, bestNow = s, isFree, now
	}
	if best == nil {
		return reply{}, false
	}
	verdict := "Yes —"
	if held == bestFree {
		verdict = "No —"
	}
	return reply{found: true, head: verdict, used: []*sentence{best}}, true
}

// precedingWord is the word of text right before phrase.
func precedingWord(text, phrase string) string {
	at := strings.Index(text, phrase)
	if at <= 0 {
		return ""
	}
	f := strings.Fields(text[:at])
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
