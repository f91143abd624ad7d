package lookup

import "testing"

// snowRecord is a short article written for this test, in no question
// set: a superlative bounded by "since".
const snowRecord = `Storm dumps 31 inches on Buffalo suburbs

BUFFALO, N.Y. (AP) — The storm that buried Erie County this weekend was the heaviest snowfall in the region since the 2014 lake-effect storm, forecasters said Monday.
`

// TestBoundedSuperlativeIsNoRecord checks that a superlative bounded by
// "since" answers No to the unbounded superlative, and Yes to the bound.
func TestBoundedSuperlativeIsNoRecord(t *testing.T) {
	checkOpenings(t, engineOf(t, snowRecord), []openingCase{
		{"was it the heaviest snowfall ever in the region", "No", nil, []string{"Yes"}},
		{"was it the heaviest snowfall in the region since 2014", "Yes", nil, nil},
	})
}

// joblessLow is a short article written for this test, in no question
// set: a superlative over a span that starts when records began.
const joblessLow = `Jobless rate hits low

DOVER, Del. (AP) — Delaware's jobless rate fell to 3.1 percent in May, its lowest since the state began keeping records in 1976.
`

// TestSuperlativeSinceRecordsBeganIsARecord checks that a span starting
// with the records is no bound.
func TestSuperlativeSinceRecordsBeganIsARecord(t *testing.T) {
	checkOpenings(t, engineOf(t, joblessLow), []openingCase{
		{"is it the lowest rate ever", "Yes", nil, nil},
	})
}
