package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// doverRobbery is a short article written for these tests, in no question
// set: its acts are told in narrower words than a reader asks with
// ("stabbed" for hurt, "auctioned" for sold), a tournament is referred back
// to as "the event", and one act is denied in a narrower word.
const doverRobbery = `Dover man charged in gas station robbery

DOVER, Del. (AP) — Police arrested Harlan Mills, 45, on Friday in a robbery at a Route 13 gas station.

Prosecutors said Mills stabbed a clerk during the robbery. The clerk was treated at Bayhealth Hospital and released.

Mills did not rob a second store on Loockerman Street, police said. He did not stab the manager.

The county auctioned the gas station's old sign in June.

Rosa Diaz, 31, won the Harbor Open on Sunday. The tournament drew 64 players. Diaz, who also won the event in 2019, said she would play in Ohio next.

Dealers will replace the pump at no cost to owners, a repair that takes an hour.

The state attorney general's office said it was reviewing the case.
`

// TestYesStatedInOtherWords checks that a yes/no question is answered Yes
// when its best sentence holds every word of it in the article's own
// words: a narrower verb, a broader noun referring back to the thing
// asked about.
func TestYesStatedInOtherWords(t *testing.T) {
	e := engineOf(t, doverRobbery)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "did mills hurt a clerk?", first: "Yes", want: []string{"stabbed a clerk"}},
		{q: "did the county sell the sign", first: "Yes", want: []string{"auctioned"}},
		{q: "has diaz won this tournament before", first: "Yes", want: []string{"2019"}},
		{q: "did mills stab the manager?", first: "No"},
	})
}

// TestOtherWordsStillRefused checks that the reading in other words gives
// no verdict when the sentence denies the narrower act, when a place the
// question names is not in the sentence, when a narrower word stands for
// a noun's classifier, when
// no word of the article is narrower than the asked one, or when the
// article's word reaches the asked one only through a rarer sense
// ("repair" as to compensate, a way to pay).
func TestOtherWordsStillRefused(t *testing.T) {
	e := engineOf(t, doverRobbery)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	for _, q := range []string{
		"did mills hurt the manager?", // "did not stab" denies nothing of hurting
		"did mills hurt anyone on loockerman street",
		"did the county sell the pump",
		"did mills steal a car",
		"do owners have to pay for it",
		"is the district attorney reviewing the case", // a state is a kind of district, a state attorney no district attorney
	} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if a.Found && (strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No")) {
			t.Errorf("%q: want no verdict, got:\n%s", q, a.Text)
		}
	}
}
