package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// ferry is a short article written for these tests, in no question set: a
// route compound in the headline, a goal given by "bound for", people
// introduced with their workplaces, one whose relative's business is not
// his own, and a meeting placed by no name.
const ferry = `Ferry loses power on Portland-to-Yarmouth crossing

PORTLAND, Maine (AP) — A passenger ferry lost power Friday and drifted for three hours in the Gulf of Maine before a Coast Guard cutter towed it back, officials said.

The Nova Star left port at 8 a.m. bound for Yarmouth, Nova Scotia, with 212 passengers aboard.

"We never felt unsafe," said Dana Pruitt, 47, a teacher at Lincoln Elementary who was traveling with her two sons.

Another passenger, Omar Haddad, 52, whose brother runs Haddad Marine Supply on Commercial Street, said the crew handed out blankets.

Capt. Ian Roy, a liaison to the Canadian Coast Guard, met passengers in Pruitt's cabin after the tow.

Rita Moss, 39, whose family has owned Moss Bakery in Falmouth since 1960, said she missed a delivery.
`

// hawks is a second short article: a game whose venue only a later
// paragraph gives.
const hawks = `Hawks edge Owls for title

BOISE, Idaho (AP) — The Boise Hawks beat the Eugene Owls 2-1 on Sunday to win the league title.

Mia Chen scored both goals for the Hawks, the second in the 80th minute.

A crowd of 6,200 watched at Hilltop Arena.
`

// TestPlaces checks where something was going or came from, where a person
// works, and the venue of the main actors' event, and that each refuses
// what the article does not give.
func TestPlaces(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("needs WordNet")
	}
	tests := []struct {
		article, q string
		want       []string // each must appear in the answer
		not        []string // none may, in the answer's first sentence
	}{
		// a route compound's goal, backed by the paragraph's "bound for"
		{ferry, "where was the ferry headed", []string{"Yarmouth", "bound for Yarmouth"}, nil},
		// its source
		{ferry, "where did the ferry leave from", []string{"Portland"}, []string{"Yarmouth"}},
		// a workplace in the appositive and in a family business
		{ferry, "where does pruitt work", []string{"Lincoln Elementary"}, nil},
		{ferry, "where does moss work", []string{"Moss Bakery in Falmouth"}, nil},
		// a brother's shop is not the man's workplace
		{ferry, "where does haddad work", []string{"doesn't say"}, []string{"Haddad Marine"}},
		// "to" marks a goal, not where something is; a possessive is not a
		// place by itself, but determines the place noun after it (Quirk et
		// al. §5.115: commonplace.go)
		{ferry, "where did roy meet passengers", []string{"In Pruitt's cabin"}, []string{"Canadian Coast Guard"}},
		// "they" with nothing to refer to: the main actors' venue
		{hawks, "where did they win", []string{"Hilltop Arena"}, nil},
		// a place the article never gives
		{hawks, "where did chen grow up", []string{"doesn't say"}, []string{"Hilltop"}},
	}
	engines := map[string]*Engine{}
	for _, tt := range tests {
		e := engines[tt.article]
		if e == nil {
			e = engineOf(t, tt.article)
			engines[tt.article] = e
		}
		a, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		got := a.Text
		for _, c := range a.Citations {
			got += " " + c.Text
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q: answer %q lacks %q", tt.q, got, w)
			}
		}
		head := strings.SplitN(a.Text, ". ", 2)[0] // the answer before its quoted sentences
		for _, w := range tt.not {
			if strings.Contains(head, w) {
				t.Errorf("%q: answer %q holds %q", tt.q, head, w)
			}
		}
	}
}

// TestPlaceIsTheWholeNounPhrase checks that a place named by a proper
// noun before common nouns ends at its head noun ("the Ames public
// library"), and that a "where" question with a cue word inside a noun
// phrase ("job center") still asks where.
func TestPlaceIsTheWholeNounPhrase(t *testing.T) {
	e := engineOf(t, "Mill to close\n\nAMES, Iowa (AP) — The Ames feed mill will close in June, its owner said Monday.\n\nCounty officials will open a job center at the Ames public library next week.\n")
	checkAnswers(t, e, []answerCase{
		{"where r they putting the job center", []string{"the Ames public library"}, nil},
	})
}
