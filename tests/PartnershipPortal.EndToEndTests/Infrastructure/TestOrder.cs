// One browser class at a time: each class starts its own portal and Chromium, and two of them side by side on a
// two-core machine starved each other until clicks and sign-ins timed out now and then (seen in full runs only).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
