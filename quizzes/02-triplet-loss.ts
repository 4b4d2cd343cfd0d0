// Quiz of lesson 2 (notebooks/02-...): the triplet loss, its margin and its hinge. Choice
// questions are sealed (see quizzes/README.md); their plain source is
// test/fixtures/quiz-keys/02-triplet-loss.json (`npm run quiz -- seal <that file>`). The numeric
// key and the code exercise's reference call the library.
import { tripletLoss } from "../src/losses";
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import { randomInteger, randomMatrix } from "../src/quiz/random-inputs";

/** Lesson 2 quiz: 4 choice questions, 1 numeric question, 1 code exercise. */
export const quiz = defineQuiz({
  id: "02-triplet-loss",
  title: "Lesson 2: the triplet loss",
  description: "Anchor, positive, negative, and why the loss needs a margin.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "With Euclidean distance, d(A, P) = 0.3, d(A, N) = 0.9 and margin 0.2. What is the triplet loss of (A, P, N)?",
      options: ["0", "0.4", "0.8", "1.4"],
      select: "one",
      salt: "e937171ac8174412",
      keyHash: "da710746c813f04385f3e4e3db4a5e3e22d87283c90a5577fa18563acf214ca5",
      feedback: [
        "v1.2iYRxMwDG7bmuFpzcdZlT35k-0bZb4dlN7VmgRe0kr97rFApNGalQOowvX_hiZGFCaOdmTMh_23RPnaDnuhsgTCA619-2ZOqwMPz0773UFB1c5Gvti6xU8hvJTEU_Wlp2eCF8u6EMS74SDJYK5HvQJNQ78qBxfG0RBz0rn28LSEQl-lG01EFvN2hDTbORHdx",
        "v1.92fXZwiqX_swTN29UOIk4AyW6fNzcjYfokjQXYwRZtSEHASQIdHjDr0NEdyuOWZ1dmLc8LJlP5yg7_-uaGzgVa_8kvgSJ_mQ_3tJRlQryrwDOcsr30Q-o5ZXnhJwIcpU_5r_wJsoce2AExbBTyUvaeBc6H2byQgaIDT98W09-_copOo_MVLveVmDeHnu7lWE",
        "v1.jx55EuUniUEw8j_-pL2UZyNOZ6QMlWs82U4ls52Yyb0efMdEVWpRNAOMzdu9oa5p84veNnFe9P-pxfWxHydJr_CaU5x2-kzIU8RzBNpHD9G47erqeOeJElgVu2888nm1BX5H7x0AG3qn4U8SN2bHMrjhBcXdCm6f_iPK-880q6cRPAAV-9EfeySK3_hC-JyV",
        "v1.2sN5EenEuIb8OypDiajpOV0zF9NFRQNX3km7Mj208j18l6DIjiYOderqf8v0KSDr8g9NdYUZvDQzhTN_feiJIeOtbTNWMVFGGlQgf4DgDDfOG6rugXMW8vb-tMmcafz1SHDw11JHO9rSE45bB7xDEh0_6_TnS2Dfk4T213Ht5u_hC1oND_GpVweN-pmV7Ed7",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "What happens to a triplet's loss once d(A, N) >= d(A, P) + margin?",
      options: [
        "It is 0, and the triplet gives no gradient",
        "It becomes negative, rewarding the model further",
        "It stays equal to the margin",
        "It doubles, because the triplet is now easy",
      ],
      select: "one",
      salt: "7fadb1679f27527a",
      keyHash: "02517ef61a9b5675cf6cfb1e620c9725ad18f30b09715f400e9008dda9047073",
      feedback: [
        "v1.ZrD0KypZUSJF25hRmYpgViv0bN27UtR5iMWO9iZYJ9EIMfR1A6s_jpePmtSDMoDi-BPvFFTYs5BiMWK9G_uD4bqvf5pZ56nTZE3mFWB8ORd7wQq1EkMtAHo5e9lzBgD-ekCfwjSUkrWiWfz8LenYxY4oR5Z88juF6kVH1VEo1JwTF0jFP79L0Qxyf52PAfSa",
        "v1.XcxIOQ8Y47PkoLPEWJnV1627mbkFXOtVxZNrOgemvtSX8-KvxjmaXqeVcIt9mFBtRDYdmNic8sNKlDJ7OsSwZsNwOPwzS0DY1qzDgp1MQYDg0jUa1TZIAOcqcOtoLZd_q8NeZFKcHt74pFa1jQFgzLuUoMUh5MKchgInycH5zQ1u-x0R1eXSELC3IUgGzvD3",
        "v1.1WHD9kQxiJ6gQ6IKVgLzX5z-Xpw6EvZkBhhJT_AWjFOPnBQmTF32Dpnn5ucVrzSv7UA3e8UxH2glqduTUU_wn-GnWEEgUX15c33xl6nRQydhpVG0bNJlh39YpIvaElVTI0_U5Fu22UAu0jTCODH3ElLMue4mq5F4PgLXN5W8ArFoJCGjx0VStCF38XS2Xre9",
        "v1.hxc5nkTZxh72BEBRvkM2JH5DkfIb3Wcwmo_zMy5qhJVLqFDHe_HMSAnbjOduWJ-Bl9vchO5dVfo0nsJLFF4uHwQsBFv7kJU8gEo8dyM4AwDCTpT21hLl1khgz9185S3FWLlvdEwN_oJau9VUoFvz41cPXKNYftRPsSiJJ1EmH-7bIEd9iAf-SOAms9TFTFyD",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "Why does the triplet loss need a margin greater than 0?",
      options: [
        "Without it, mapping every input to the same point gives zero loss",
        "It requires negatives to be farther than positives by a gap, not just farther",
        "It normalises the embeddings to unit length",
        "It makes the loss differentiable everywhere",
      ],
      select: "many",
      salt: "c94cc8cd42412ed0",
      keyHash: "54031e094ead6baa0533086e47d69ab2680e99120569ca24a0c5ce9709972c33",
      feedback: [
        "v1.YbAjiQnUkFAkgBMutCRg_8Q8UU8XBYsAYRyqWj-x1mSR5kJfpLEI8QUOAMuZMy5S1BcecH-vBAwu0i4MYOdZGSOWVm03cdvrh32Eqmt-Vq0CZMKn0tO6xTfEyO7rMRTwg6380aIreiFlhv2VnOd24P8Rm33NsfVs76zba4keXco13dqjkfqFqAVoZVHsN_Ot96Llk5nsESEt3kmR9QqVCA",
        "v1.HbcmhO3vTuy3xdg_vt_Ud_aLqu5TVn0S6Du1m17iuLboNCs4XltCpG2i1RvME5KlZ1Ff5QyZO2-1mBFIWvI0UJG85iNYTyDExO9HdGNoaJs79VYdMhF-uZtoDSzT7KgC3VbEL8DOk5eUJk144sPIaDNaY9gzc5mqMWVc5Q1aaIB7F3Pie311VJR2oNaILWKCIaPse7jgGC_p4eyTSr-o7Q",
        "v1.KJaEAy-_XFK556DWK0Ux33xLCpXL3U3Yu28lGyZ7HnchTPFL44EhOBb1dEyBHPXuPV6GRPaSUSnYjZI9fCtriCXFj3iuneN2wgodcC_Rpx1361I_lxWLKN1U9xXcQgJ7CYscG7zDdia3ZFIxJZib8OIZIdj14ZThGGFVIpFFRyRdCX_cmE2rVWNlcE0VDzQ8mgDRNNuR9FyiTVL1QIiMyg",
        "v1.bRe9Ql_PRjiLzFzFLI7uQ2HrAupVFqZm3MnWgp-jkbuPHRXkNclQHH6v7OpgVzlajoPok3naW1E0PlZZkfqd01wljtXnH-4Nvl_-miKH14m6y_TGQ3WVHjJSz_OHx8fUeF9Fd6BimAHXLF0uLW__M_p1AtfhiYPqDj9uvsE_kuYXwlLkMidkBPR2QgPRnp7IXiRJLO9fBQCJ9HMGiEKZaQ",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "Written with a similarity s (higher = more alike) instead of a distance, which expression is the triplet loss of (A, P, N)?",
      options: [
        "max(s(A, N) - s(A, P) + margin, 0)",
        "max(s(A, P) - s(A, N) + margin, 0)",
        "s(A, P) + s(A, N)",
        "max(s(A, P) - margin, 0)",
      ],
      select: "one",
      salt: "9a7329bd07980b5a",
      keyHash: "86240deda33cf0667cbff60faef47c1a627d552c7ca87b97cf761c4b18723c8c",
      feedback: [
        "v1.dGdPQxW3d2vwV8j7XuyLzfW4DQQGybSNDKuB9OSWPFWEkToLUd3H2V-urjZj-yhwH0mvFUINjPYwF864zDD0hsh87cGkqpX5CCzRDOAUeX4ITYCJQTre9xnq67IEf26vbKsFej10IoXAnGraNFU2Bn8ClFhpfUBsFfmDYStdHGd2JO0zCdvr9gupte6CohQ2",
        "v1.KoHCUScC4TMC3L2okDetMVsdr2TdeH-SaGTRHuYtVj_1UqYR5YS9CZNHU77kh9iS3CM6BwsjCp7cXnWJnY4-GXy-h2oj5Q9Idps5jALGNVDA5O3T_nzQqzU5Iw4udMEmmwteJoDJaCYF_JvExfHQ8mskeVxvN7sCG47ZvoNWEAnV50iaIq597w0uY31n3yAI",
        "v1.hiIOvwguGMk-SANpi5omIFlVXPyi0eA_6yKgfvse6HQXCLaE7gqAGenMCG6ln08UR5dCKAVbzqTC38p0LtjMi2tCBrrKl7R7EapiiTlB19wEMiNRNKStzNIPs_3Lx7c7pAjTNX5WD2LDuNi1VVAuLZLEvO8ktp5qfCNwp53Rwbmwp5GByot_jZ3T51QGcpBz",
        "v1.yXVBdsnHTV4ML8oxjcG4LNaZ2Jy0IuM0NmhzzJ41-KQmbHLWjp-DsT0tiSLCabHimQ8zJlIqrZNoini2F-1993R0vVIklRwadTK7sUZFoUUR_FZVc8SJ8jTRxd3wfx02JLTRMXJnrk9ZHNoN1onwmvMd2IW_kiYrVdqF-A5gRz9R1q2T9U74hYI56TfyEhSz",
      ],
    }),
    numericQuestion({
      stem:
        "Two triplets, Euclidean distance, margin 0.5. Triplet 1: anchor [0, 0], positive [1, 0], " +
        "negative [0, 2]. Triplet 2: anchor [1, 1], positive [1, 3], negative [2, 1]. What is the " +
        "triplet loss (the mean over the two triplets)?",
      tolerance: { absolute: 0.001 },
      answerKey: () =>
        tripletLoss(
          [
            [0, 0],
            [1, 1],
          ],
          [
            [1, 0],
            [1, 3],
          ],
          [
            [0, 2],
            [2, 1],
          ],
          { margin: 0.5, metric: "euclidean" },
        ),
      explanation: (key) =>
        `Triplet 1: max(1 - 2 + 0.5, 0) = 0. Triplet 2: max(2 - 1 + 0.5, 0) = 1.5. Mean: ${key.toFixed(4)}.`,
      hint: "Compute max(d(A,P) - d(A,N) + margin, 0) for each triplet, then average.",
    }),
    codeExercise<[number[][], number[][], number[][], number]>({
      stem:
        "Write tripletLossValue(anchor, positive, negative, margin): three number[][] of shape " +
        "[n, d] and a margin; return the mean over the n rows of " +
        "max(|a_i - p_i| - |a_i - n_i| + margin, 0), with Euclidean distance |x - y|.",
      functionName: "tripletLossValue",
      signature:
        "tripletLossValue(anchor: number[][], positive: number[][], negative: number[][], margin: number): number",
      argumentNames: ["anchor", "positive", "negative", "margin"],
      starter:
        "function tripletLossValue(anchor: number[][], positive: number[][], negative: number[][], margin: number): number {\n  // mean over rows of the hinge\n}",
      fixedCases: [
        [[[0, 0]], [[1, 0]], [[3, 0]], 0.5],
        [[[0, 0]], [[2, 0]], [[1, 0]], 0.5],
      ],
      randomCases: 20,
      seed: 202,
      makeCase: (random) => {
        const rows = randomInteger(random, 1, 4);
        const cols = randomInteger(random, 2, 4);
        const margin = random.pick([0.1, 0.2, 0.5, 1]);
        return [
          randomMatrix(random, rows, cols),
          randomMatrix(random, rows, cols),
          randomMatrix(random, rows, cols),
          margin,
        ];
      },
      reference: (anchor, positive, negative, margin) =>
        tripletLoss(anchor, positive, negative, { margin, metric: "euclidean" }),
      tolerance: { absolute: 1e-4, relative: 1e-4 },
      explanation:
        "Each row: the hinge max(d(a,p) - d(a,n) + margin, 0); then the mean. siamese-lab's " +
        "tripletLoss(anchor, positive, negative, { margin, metric: 'euclidean' }) computes the " +
        "same as a differentiable tensor, so it can train a model.",
    }),
  ],
});
