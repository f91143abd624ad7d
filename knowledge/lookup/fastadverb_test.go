package lookup

import "testing"

// plowCrews is a short article written for this test, in no question set:
// roads cleared "within six hours" and winds measured in miles an hour.
const plowCrews = `Blizzard dumps 20 inches on Fargo

FARGO, N.D. (AP) — A blizzard dropped 20 inches of snow on Fargo on Sunday, with winds gusting to 50 mph.

City crews cleared the main roads within six hours, public works director Sam Olafson said.
`

// "how fast did crews clear the roads" asks the manner adverb, the time
// the act took; "how fast were the winds" the adjective's speed.
func TestHowFastAsksTheTimeAnActTook(t *testing.T) {
	e := engineOf(t, plowCrews)
	checkAnswers(t, e, []answerCase{
		{"how fast did crews clear the roads", []string{"six hours"}, nil},
		{"how fast were the winds", []string{"50 mph"}, []string{"six hours"}},
	})
}

// "How soon" of a past act asks the interval "how quickly" asks ("Six
// minutes", not the broken "Six minutes after the"); of an act to come it
// still asks a time (withinhours_test.go).
func TestHowSoonOfAPastActAsksTheInterval(t *testing.T) {
	e := engineOf(t, hotelAlarm)
	checkOpenings(t, e, []openingCase{
		{"how soon did firefighters arrive", "Six minutes.", nil, nil},
		{"how soon after the alarm did firefighters get there", "Six minutes.", nil, nil},
	})
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"how soon did police arrive", true},
		{"how soon were they rescued", true},
		{"how soon after the quake did the warning go out", true},
		{"how soon will the results be released", false},
		{"how soon do symptoms show up", false},
	} {
		if got := soonElapsed.MatchString(c.q); got != c.want {
			t.Errorf("soonElapsed(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}
