package lookup

import "testing"

// clinicShots is a short article written for this test, in no question
// set: figures of a thousand or more written with commas, as AP style
// writes them, which a chat question shortens with "k".
const clinicShots = `Flu shots reach more arms in Tarrow County

PELLHAM, Iowa (AP) — Clinics in Tarrow County gave 12,500 flu shots this fall, up from 9,800 a year earlier, county health officials said Friday.

The county counted 310 flu cases per 100,000 residents, the lowest rate in a decade, nurse Ada Brisk said.
`

func TestChatThousandsInQuestion(t *testing.T) {
	e := engineOf(t, clinicShots)
	checkAnswers(t, e, []answerCase{
		// "100k" typed in chat is the article's "100,000"
		{"how many cases per 100k", []string{"310"}, nil},
		// "12.5k" is the article's "12,500"
		{"did clinics give 12.5k shots", []string{"Yes"}, nil},
	})
}

func TestChatThousandsForm(t *testing.T) {
	for in, want := range map[string]string{"100k": "100000", "2.5k": "2500", "9k": "9000"} {
		if got, ok := chatThousands(in); !ok || got != want {
			t.Errorf("chatThousands(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"k", "talk", "1.2.3k", "0.0001k"} {
		if got, ok := chatThousands(in); ok {
			t.Errorf("chatThousands(%q) = %q; want no figure", in, got)
		}
	}
}
