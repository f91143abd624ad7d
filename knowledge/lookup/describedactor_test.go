package lookup

import "testing"

// lifeguardRingWF is a short article written for this test, in no question set:
// a person introduced by a description, then named by surname alone.
const lifeguardRingWF = `Lifeguard returns ring lost in lake 40 years ago

CEDAR BLUFF, Minn. (AP) — A wedding ring lost in Long Lake in 1985 is back with its owner after a lifeguard, Tessa Quill, found it in the sand last week.

The ring belonged to retired teacher Howard Brandt, who dropped it off a dock while swimming with his grandchildren.

Brandt offered a $200 reward to anyone who found it.

Quill said she would donate the reward to the lake's swim program.
`

func TestDescribedDoerResolved(t *testing.T) {
	e := engineOf(t, lifeguardRingWF)
	checkAnswers(t, e, []answerCase{
		// "the lifeguard" is "a lifeguard, Tessa Quill", then "Quill said she would donate the reward"
		{"what's the lifeguard doing w the reward", []string{"donate"}, nil},
		{"what is the lifeguard doing with the reward", []string{"swim program"}, nil},
	})
	if a := answerOf(t, e, "what is the lifeguard doing about the dock"); a.Found {
		t.Errorf("want refused, got %q", a.Text)
	}
}

func TestDescribedDoerShape(t *testing.T) {
	for _, c := range []struct {
		q    string
		span []int
		want bool
	}{
		{"what is the lifeguard doing with the reward", []int{3}, true},
		{"what has the lifeguard been doing", []int{3}, true},
		{"what happened to the lifeguard", []int{4}, true},
		{"what did the lifeguard find", []int{3}, false}, // a lexical verb: object question, not the pro-form
		{"what did the lifeguard say about the reward", []int{3}, false},
		{"what does the second lifeguard do for work", []int{3, 4}, false}, // an occupation
		{"what did the second lifeguard do", []int{3, 4}, true},
	} {
		if got := describedDoer(tokenize(c.q), c.span); got != c.want {
			t.Errorf("%q: describedDoer = %v, want %v", c.q, got, c.want)
		}
	}
}
