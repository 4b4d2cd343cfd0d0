// The 20 study questions of the course notes (3.3 Siamese Networks), with their stems and
// options exactly as in the notes. The answer key is stored as salted hashes and every option's
// explanation is sealed (opened only when the option is chosen): see quizzes/README.md.
// The plain-text source is test/fixtures/quiz-keys/study-questions.json; regenerate the
// questions below with `npm run quiz -- seal test/fixtures/quiz-keys/study-questions.json`.
import { choiceQuestion, defineQuiz } from "../src/quiz";

/** The course notes' 20 study questions (multiple answers: 6, 11, 15, 17, 19). */
export const quiz = defineQuiz({
  id: "study-questions",
  title: "Siamese networks: study questions",
  description:
    "The 20 study questions of the course notes. Questions 6, 11, 15, 17 and 19 have several answers.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "What is the primary purpose of a Siamese Network?",
      options: [
        "To classify inputs into fixed categories",
        "To measure similarity or difference between two inputs",
        "To generate new data samples",
        "To cluster data without labels",
      ],
      select: "one",
      salt: "2c80c3bc6f51b598",
      keyHash: "76914636159f963f52bb2a827fea39ff312acb89ff71a114def4b9aabdf4fcf0",
      feedback: [
        "v1.ONz6gnWIHv8mI0EIS0ZR5MkAauiPUasdKDGJwbeBtfwvaEsc9bnQseWokc3PO2-CZdxjvFgbVd8UWl8XX3kOecyqOWJhw1NqQNOWqKGBjqGuvD7MUtcqtSbjWEEyHAMv9KavO_2Exoh6FjKbcLLKpQ",
        "v1.iTZDnfiEQWjW3w3VDhBqX82RGZ6RzUIBeSTOqHvDNIS4UHqEl9nrWf-POFoKzjDL9hCcCsbgJ3w3zkzLDUOj0JnBKMhf_Ji1l6TaasxM1RHC_596PqWAQjLSqL4Q0xRDrpK3uUllt8aq0mX0yGz40A",
        "v1.cQdafB8EKYyYMVIlgPUft1m2SxLmZlpR5q2HE19hYay308MG6q8DeyHijptKeRcn5rEgsY4rWUuoqOoJpv42PBnGB1kvzpKwP8biN9TmSsEeb_wQt2Bz8pNPE8t4u6Y_XpMEV2MI3TFiI2XkBwyyMw",
        "v1.3NhlxV5oYNDOfz4JjMF6m9g3KJy0kl5AQ7atFW0pw74EnZ1z0Eb-bSJzW9IswqA34G5h9v5x2qTjvEhlTY77vTt1CjYgDi0b3J8KOsD12Vfp2JHR-27jW_R69Br2Qd-MWrp0U9E-oxl9ABtv4kbbsQ",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "Which of the following best describes the architecture of a Siamese Network?",
      options: [
        "Two identical subnetworks sharing weights processing two inputs separately",
        "A single network processing concatenated inputs",
        "Two different networks with independent weights processing two inputs",
        "Multiple networks combined to classify multiple classes simultaneously",
      ],
      select: "one",
      salt: "bc91a4f911d3ef7d",
      keyHash: "a2bd01560425297a98fdf6d5e0b72a680b87785307d1945db56e915621513bba",
      feedback: [
        "v1.BcJvMcbB77s18VXp2xsmu53aWvVR4ScO4H6dMAxY7Xe1eHsm-u2S7nVHzJTODgsa2tc2nfEAgNO5DG8Ano8J5bXMNL47bqmjkdciyMefIvQc6EDjrlKZRagywMa_Yj_pJRkX7fDhMxHoIi4gmfBioyG7x-3BibhC6ONbXqYeNzY",
        "v1.zvE04Q_5Am0qqTZDYhhnkJ6nlILfQ2nwNUU_W9ngN_rZGzwyQBmD4aloYVtEL0Qt3CbG-OehKMhpJ3sp9FPPYyZ-sqvp4LKH16PLNa4GZLP2x5rb4kgw_UcZ0xUY978_porKdEkJ9zGonFVVYMtNivXj3tXX4n29dDoprW8pM9k",
        "v1.RFVWjLL4kUE_G1agdK8Dq6uiiIJzgxrOObZOUoTT7ZBIOulTqymXOHAvHoc6KN9aiD9tzYhvWjiRYCJD-npgNyMlz6aA1zb1SlAHcUzyd2YAlEqMh6Bh-UPVmCONBDSbqimAxX-931yJPUWLFs7_24QLQhB8Lb0qjmZujeYYTLU",
        "v1.RekFzrD6R_uXJMllFVLZTGhd8lrS7q0b4DOqzWCr6U0CBNS1R6Z2xZO8kchk59O61-gLK0wJCZ6P8LwCStXWGnNPFlNDmQ5wVprT5_QvrNTxTBq6XjIFTFDrlCN9bhH-IVjR97nzqbtKjgf583rzY3n5oLa3unSPtnG7-3g106A",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "Why are LSTMs commonly used in Siamese Networks for NLP tasks?",
      options: [
        "Because they can handle sequential data and capture context",
        "Because they reduce the dimensionality of input data",
        "Because they are faster than convolutional networks",
        "Because they ignore word order, focusing only on word frequency",
      ],
      select: "one",
      salt: "98f027a9e115880f",
      keyHash: "096d1552d43f3f9d24f538a02449aac1bcd9b2a5fd459da3ee385614398236e0",
      feedback: [
        "v1.XFf1DmhMP9H_Cwatu_5xz5_ePp0MP7vYXJzWcdj5VjBGK9ewtuzPWW0_7A_SwBU5Xj_3o9yVgRpLYzjF5YpSKNgQBFfKvFSb346It5MM1xYCvS3JHde1zbVuYHaMuKO0zmAShR6tvAYEnNPH3fbJHg",
        "v1.YyhwK9dK0ITcrBWjizNhD6mS6AxC2puIoguIoiWw58XrFEbK4Qr8iskyMUzuD5bihgjS219Rey1-oqQj58Q1DTmN1bTWhw7IdD0m11FYGTimMGd6MIlpzfCIxcvF63c7SOLIVrEch4CsP0rEzJeCuQ",
        "v1.gXNetBWhtbOqt-VaKMCOWK49a7aFgx-okaMUeQlSwZVNw7kZvhaSEPYf7d21VkdlwwInOQmg4YIUEUbWXckrdbMqL-RIOGVGK_ao6P0-Q1mbo6oWZKEHtsolmNCZFwtpC5AnJ706hY6pFBlS3c2DWA",
        "v1.gegSGgl8hwgh6vCIlRC4-n0ysKRkxw2DKSAlaJYWtBjceib9KDjdJklWJXcdWOJjGA3RmxJayAfBHw7SjfJQAMddRtIusoXlrBDuN2k7c-RiFx96F82CFU_jj9rVZuGND51wfnhLPr6Nuv2ehpcP7Q",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "What does the cosine similarity between two vectors represent in a Siamese Network?",
      options: [
        "The Euclidean distance between two inputs",
        "The angle between two vector embeddings indicating similarity",
        "The probability that two inputs belong to the same class",
        "The sum of element-wise differences between vectors",
      ],
      select: "one",
      salt: "ee0b584cf469954b",
      keyHash: "e375d9bb48b3531c75da0e2222213067d32a57aa8e5c4293160e8d8dce1ae971",
      feedback: [
        "v1.IDyB2KvYU3-gMYAzwjukQrL3X8shjCzdok6FDAGEOOYWGUVnlEKg8CxXcV7EyHvHDR9YlIEr1MNbmLit2TKqD3RQPVX-hEgSwzXJj1oX92H2K5Jid60dJsApVvZIo-pv-uShsMIKygPmG33mK3niLQ",
        "v1.Vzky8g8AOy0kAOv8TMSFmCXWaSijKnp5_rtmFQfAe2S8_3YXP0uWkP2SjE5BP1MqRv0ed9NGQ8HsArnTvjW_jKobDYaKZ_lU6HeVVKIvcMEYBiA7FwWCr9um1Dt0pW7vu9bF5kV8ES3Wbe0cSb7sVw",
        "v1.QmDi4619gcZR-lY35VsJllyYIfRAbGsb4Sg6pGzuwHPsgPODCHtwtrWqOIEdtr18q9mbxjSZHOkNpQsbkLHKXzvIxP9Q5DxMA_GQy2R8AUPxPiMHiAbdynNoyj8_45MixlEiTSD7G_nwUhiCteJaHA",
        "v1.ltfl7ne03NCTK03BrbXGEOV1baTxcPwJYffkF5EUXO1urIz2JZ4qB8F2-p6BrhdSGoZ4h139DwK3UBByoow3Fg73-6G0cfXkFV5DVzEnSTRB1GJYDeRLBRXG7tBLVbiyW_Racw7lj49TXDNS8p0DOw",
      ],
    }),
    // Question 5
    choiceQuestion({
      stem: "In the context of triplet loss, what is the role of the margin α (alpha)?",
      options: [
        "To ensure the positive pair is exactly equal to the negative pair",
        "To enforce a minimum distance difference between positive and negative pairs",
        "To scale the embeddings before similarity calculation",
        "To normalize the input vectors",
      ],
      select: "one",
      salt: "000a61d22dcad765",
      keyHash: "faa6697a9f3161bada7f2725d2fc2ea302f12561f28c6376c9dae34c85d5251f",
      feedback: [
        "v1.xYT-08h4Yk6o2uNjQRaeyl8161Tcqs3vVfa09B0AI63bS9XwFO_A0vXtZLXzE01AM91Lv-MsUxq_5wWSINWVGGM-AJNcgVJZc9nkJC2eIZvikV5hqlqSdJKZBUAtgn4MEenma1Gws4lQTaeCknRS6zNBmmhV9-HAGwf3jX0Fa0w",
        "v1.3iGIlCe4ph7KwhDqMoJ85sP6IxNtYCNgKQliSQTzPopkqNvDINBH8vxlr9s34wL4zOvl-wTCj5gSbzWN4gKCpjPK21w0QH5tvuHw2kQYA5hmi8A2wzOPOsJ3sg0x6bntJNRHs64x81ekskUlZg5MvzWfD9i7z8voLhJWMywzHVU",
        "v1.Hh-av0PBi3j5UkID8i4IGfwjxwQt0PvS_nJQKi2HB8WFoTon1bCKXCbt06qOS9qdM4EOczd-nn6yvuRkjHpJnoZfMgeCIWJiRVXr6UXrgFcXUah9zLD7ctZOuoSTIN3uqjKqGnkzhLjbdG-L-K083ZzliT574Tk_9oUpU9WYIPE",
        "v1.Ms00S37I88LDETOEfP6_9RD4au-HdohAzUCSPkyitA-Semv7yDQTBTtIhDQ25O21LkPZMxCLAt7MCGO3NG-v5UuANVHZsaemNq0dhUiRWyMC50NO026S6KpdaBKtQQwgc9jcrbfyRlUj-xS71mv1wQIByoGEPvyyPM9vjFceTrg",
      ],
    }),
    // Question 6
    choiceQuestion({
      stem: "Which of the following statements about triplet loss is true?",
      options: [
        "It requires three inputs: anchor, positive, and negative",
        "It minimizes the distance between anchor and negative examples",
        "It maximizes the distance between anchor and positive examples",
        "It encourages the anchor-positive distance to be smaller than anchor-negative distance by at least α",
      ],
      select: "many",
      salt: "dbce7a48cbbbf555",
      keyHash: "a9ec0c21e0b42d731ea2d298ef7494c2f0267f64cd841c4648a62d45ab17b751",
      feedback: [
        "v1.G_bfKKyqOraHY4PHlm4suihUCzjaLRcK8Ip-a2RaTiekYgRceoyUnIJ_8gP59UhATNlgJ05y2o9_3LkA6iwOb9HHTV8ckGJ0_bUpfU8qiYHE8gvvvGaDQWdx4MHFaNnCbOjdO4DKWj_-JTHQnmbK1ipPuaorM4uYv64BxFiPPaw",
        "v1.5ygDTr9YbTeoNvEmqb1cGMqc0AuC_UF1rVoKZUtTJAoysr-oe84ioz4rV5_KkyLijLwBXygbghOL8P2NYkQVcFFLVFhLSJKXSP7_vyGGjg5BzFRDt3Qreupkd9BzdvrNKbmY-dHbjSze_J7P8bo4JE7VmaSiLmshTV-4ucWz_xc",
        "v1.B8AWsyLQbvSytHScvSqcpHCRQ4ueRHg0aVe7EOSVNm9-1yAZrPqHaBWdAJyK469Y-NcHvpoG7pOchMtBzcCl-4stREsxMBMRCCcnDQLbxCh_Wei0T0SHKl1uOli9O7q4bXHyObVM0867bNg64mb6Y9oDC6lM1JIZqQLhPkSt5eQ",
        "v1.MVAV2V6NyFy5PIDSUjAXNKYvDjxQuRFfJYKG3If4dszPq2E7FGbY69tunWnmlXHro6pYJHiE02MyPj1oFOPMe53VPtWPXTG311ceY9WDKXpokiybfFjRx4MJ7mOKP594zoROoPzysIaHuL58zH70WftpKSNW2Y3gg54s8Egm4EY",
      ],
    }),
    // Question 7
    choiceQuestion({
      stem: 'What is a "hard negative" in the context of training Siamese Networks?',
      options: [
        "A negative example that is very different from the anchor",
        "A negative example that is very similar to the anchor, making it difficult to distinguish",
        "A positive example mislabeled as negative",
        "An example that is easy for the network to classify correctly",
      ],
      select: "one",
      salt: "79dbfa6b67a87e51",
      keyHash: "d68b8aad41f46d2ec4164e531498b7ed7ec34527fced0be808cdf98b731e76d3",
      feedback: [
        "v1.20hlRLl2DMJM9w0voEYGie8WoSgmhy8DYx-bLeJOHHnIVZbw43qY_WCjSXKedeEVXv9Mofnh6j_FO_uEsKiD05Qmwt_W12hrj_INfCD6iCP9JHyWfXvaR-2ED7fI1mclSWYjwrinhTF8e_9gvBdiMVPIijGSg_NhW9L8GrFIdY4",
        "v1.3CAx4oJLw2JSIPsaiHXKGzGjuMGXXHLk3IZEhH4kVLoKwMnmaA00ClHBTkpax3gAVGIHhtu-y3j_RgHH6X5XDgkv-lgOIiiQj3lyda88cyfA6kaLiwugUBiR_cSJPW5_JvWhvIG-ACGWW02F9NkzIX2c7c1p6YWbUn--EvRBgko",
        "v1.JBKEFdy-r4-ansSdpzMpRigQSqH-a_P5Tk1c81urr_rizMdx6SjN9pT_qQ5gFzYsePtNop7M711zCIYgRgXLv0E4YSm4mOYMn3nqUevR8xLb70RxKj3X2OMS_gcupS-cmxsHxJkQIf1RK_T13yTO10Dv2Xy9FZ_yB9U-yOBUglc",
        "v1.V3FNlJH6cRn49YA7lCqdQ2jJH-D3iSvKyMp6IjRmdIQIZCUvom6Yhn3MC8efUrZnn-8nKQ-nkRh1u62R5Jh4sC0nE87PlDPrXXaEfQOWmoc4oO9hLOfb3YsDCEjOsWGSBGveptcb-ISlB8MB2InYenaPgjA81h5TYEF7J9T_Ovk",
      ],
    }),
    // Question 8
    choiceQuestion({
      stem: "Why is hard negative mining important during training?",
      options: [
        "It speeds up training by ignoring difficult examples",
        "It helps the network learn better by focusing on challenging distinctions",
        "It reduces overfitting by removing easy examples",
        "It ensures the network only learns from positive pairs",
      ],
      select: "one",
      salt: "8d93fb229adeb2f9",
      keyHash: "c94ccc6938437071eb4feb44c83c61580c0cf14169c0192cebeabc5f0de15d8b",
      feedback: [
        "v1.mI47wi6QbhibnAZhxHEtMFeWawIGIVU8HBXhdiXL6RSm-PUn-KhAAMC57TjgnJxufQO7-a54eDVY6wZ909enLTWVLtkE-LO50TR2Or1CNAd5iVUaeyOMQvxK1Bn-MuOukcVkZsb628ZaazvuYbdnJao3P54NC_QcVsFp1ykyxII",
        "v1.G0BvN_CVxjzrIqoNvgN8Heb3Cnka9Bre3Zi3aJzyW5tZ3_DMgrUnphrB5HzF-i1Kxt53WO1ThfqngAQF7LCOjDVMStJbQ-iTJmooEvkieQC9vyTWcYqbZv_R3ZzqXweT7viZmZGBRi5GWRZAjufZImP6NOMULd1Jf2MhqfvDCyY",
        "v1.Xlj4aMOr_1TAzyNtAdxSWlIwwF95UA9ZLZPx7QpisCGbhRLaBo3TGkMedcrvSSmLmXRgr4k3HgL6lSmAmTW0JvB-sSdZJa56dfoaCzU6SImBrdkg3CfUx3zyJ5OZR2QcFjhejvpmI1j7HwabNVb0NDVdxnw5QyEDtNJUvOrCS_g",
        "v1.8AZib0mg6d0amYNdYrnoVwnC9KBlK8hrlBV6-Ozb-8AdZK-ja6d0QL7YrLXiKtwtK401SDrpSOmojDpaaEYQ9jfagitD51JqHeOu2b5x-Dgm5P5hZemxCyPhtM6mnEStV4IWq-_datg8ciXIKWwh5IbRIZfc2MVSKkG1XvJX3Vo",
      ],
    }),
    // Question 9
    choiceQuestion({
      stem: "How does one-shot learning differ from traditional classification?",
      options: [
        "One-shot learning requires many examples per class",
        "One-shot learning learns a similarity function rather than fixed class boundaries",
        "One-shot learning cannot generalize to new classes",
        "One-shot learning requires retraining for every new class",
      ],
      select: "one",
      salt: "3c51bac76330b12f",
      keyHash: "441a92832d99eaa1cf26aa0bf8ad7e118097e656ac505d90035b1c0a1084ee4b",
      feedback: [
        "v1.iJ4xjxg6O32KTTWSVaf5eh6ssRcBKgvXYT7XZEU-B9uIFE1sbysqrkoZY_VNX4_USLObR7fjkkXNvyL7sD6-O0QTYyuN5aISrOIFwmdV_7KEPVvS0jdorhhU0kyDVabx4ULdn9hBpSEiyU569XKxQ5wb5csGoY8c3H1odkdvsgs",
        "v1.1PpleNeODq1yIbpuIDj5CBMasiS1Hx5lhzIV5Xh-ZzieYsj5OiHZ6lBL43qGpha5pTNAaNxmejjbPdn9cRWXupy5CPfzW3MEhOYxwfqGrEdrMfOARO9rqG3DcnePscvb8V2HlOxG-6awc927v61gtsmhJEfwn2SM9yHL9VMWDcg",
        "v1.NKMFrdwcyP4iHNWtyXC0CbmHi2a7hvGd-D3AI_1CXmnaXkFBhdtfGeNeMReIUeqaxABTgSsaOV_8ARdjzfkzH-zQo7arD1HpXMY4Uve-VmtqL6DtkU8arnaafkcQ64wONmdUmruN5u_PZiZ__L1g6zMgmnRJvI-GKROTNkyo-tc",
        "v1.IWVvNVFuXxAUNLrtND2wAtXK-eompLCM3N0Uyksi_vQWXwKT2cvdr-pCf8NfvRLzSwdolHjELbwwwwOy0RbcfJtvcTBp3sf_gYQ_LF8rg74h9D9HTq_tDHqIpGmmPLeUBTtbZUQJwZwYqXahvL5kOF4HRbHbiGPFpIUj9-sQpCQ",
      ],
    }),
    // Question 10
    choiceQuestion({
      stem: "Which of the following is NOT a typical application of Siamese Networks?",
      options: [
        "Duplicate question detection",
        "Face verification",
        "Image generation",
        "Handwritten signature verification",
      ],
      select: "one",
      salt: "24e9316bac44b877",
      keyHash: "69285d22870c31c94472fd616f7e8a7a11688e24d12eba517246e5ef87644dde",
      feedback: [
        "v1.GnJwrMCt6s-dhBOGE6PT2D1TXhQP5bpyFvYJAHhxXOrVcRRQ3YAcnUYj80KfEfh9mSnWJ0Dj2iyJQz6tdt4jEIv4BFA2npDWwLt4OuoPiDsDgf_V--GXd1dEOfj8JRUZSVvXeZsE-q65r4yPFbThMQ",
        "v1.wR42byXQVfAwe8H6YV1xSD1NWIO20UFYvDJIzO2BVvvW8UfVARNrA7KcTNxpwmFdk5CYNh3PCKnuF4sqVfUvJZMfga0oM0L86irBTV6NKmehg769eXEI9r1ifFHjIeHREdxo0WEy59OwE7SLbEvhOg",
        "v1.zRgj8wO07qlua2wLCC3olA0HQUtBM8s4jm-np8AhQGsTD7BlMT-c1kUIeXSeYTGskLxYZU-XrhbRLltb274D59aWbJKQa1PxNeGRoL-hjKbvZvgb908uiq7Ce1RyjmABhwMhH7JClCQni-cFekjKfQ",
        "v1.7Y1_6gD4uE2W04pm8Jq6_JOs4oco2jgHJTGstEtIsehvP1FXrfaqoPi9QzwzJTHU5WEmNd_QlEgpglVPK0rVaO9ccEE-uIiWJBkxxqqe8cx95uspBrBvhXyCzwdXIQ-oMQrt_H6luZJXKCHk63jtqg",
      ],
    }),
    // Question 11
    choiceQuestion({
      stem: "When preparing batches for training a Siamese Network, which of the following is true?",
      options: [
        "Batches contain only positive pairs",
        "Batches contain both positive and negative pairs",
        "Batches are always of size one",
        "Batches must contain triplets (anchor, positive, negative) for triplet loss",
      ],
      select: "many",
      salt: "8037a095b28b999b",
      keyHash: "8efca95ba3239642f1c2270783342a80fc5ba1e21e82a698e9c4fad657704f77",
      feedback: [
        "v1.vwyWx7ZiZPFyyLKsACkGUmmH44u7SQibkt8X4GTvwUx-L_caoVa7UAQ5EJDGRgX1zYrcZXgYMIhEeNvCO4ro-ulDK-vYHAiAVhq8hQ07fR1w8YwPi8RovilOFc78keKRS3D_yguPBksWi8YLkgjA-nFmNVli6hxZTEsumyLOzcY",
        "v1.ryJ-vc3TPfNNpmmhKnZSi5spBnt_esgOfGAHBY5Y5x4e2hywcd9S6VgJNTkX__aK9esSwJaYX-4qpWb4dhmnlkUNeCmOk_WFr_aZexnrakeZ112uBa-CLDIsUnvgCl7eFYmbRXhmWAn-DY7xJc3A--ysoO9F7UI6a2L5KhBZ5UE",
        "v1.Oz57Q_3EYTE9oShwZibwpE3a2MAgc-lqsDcNpSDFxO2UDX2Z_5_autgc-dSGSrihHj7c0IHb8Ju-C2yNeSesVbsueYpqkd7H-PB2Po643aA_v0gaCsobfJ1dj3F3n19_Mt-9OVBtSaYhCrU9nfsH37nO6JHQWlnXGLKToLP4DHk",
        "v1.GsVR6xmyj9kdMMtcFmQmGSJqz2kc_XVAjin2GiFQIA8L6e-FGZYyTtJRSwIGdwAv9YC6uS6-wTxRsPIgWi5KBze8Kxk3RbRRLvziSYyq5EzU3_KbQpCLsRjh_v6ffZelCXeHxh7kMZDOgVn-24dKSkt8ZDlulzMr72rN5mMEAI0",
      ],
    }),
    // Question 12
    choiceQuestion({
      stem: "What happens if the margin α in triplet loss is set too high?",
      options: [
        "The network may fail to converge because the margin is too strict",
        "The network will easily satisfy the loss and stop learning",
        "The embeddings will collapse to a single point",
        "The network will ignore negative examples",
      ],
      select: "one",
      salt: "442848acd82f8e3a",
      keyHash: "aac107921c2e2de48040adea11aeb4056c098725ab3b60697138f65612680f81",
      feedback: [
        "v1.xi_gBq7qi5VklMcCk984AaMZQby6qBNFRmpO5mR7IZHHI6o9EoDM8hRPPGCXTyowdszQtr9W5BlUl11JG11SfXuk3S-GXqMgKMtQmTdwXthPg3PO8Z2cN-YItlkuVUjaoWbl6i9mR3UnAGVjIRTWEBClow7pVtFdWj4rHQmz3DQ",
        "v1.FVarfE6fY9UzsENz0BE61WjL6Z6GSuuE9R1lYOQ_8YCtNShqeUkwFOQ374DykrFDxw-vOA9uqPskcsMBHj_pjSsbnbzWN0ElE0nOx3RHIiVbT0sd-qOUUdqpEjnHG9joKxEQ6oLvSq6RjUfUWaBoZe259m2Fsz10x0XUJ3wryNo",
        "v1.hbMMg7pRt3AhXYDE7v0nMpxWoyG90a7wP2oi7twB_gD_BNVGwoizi5nM8ZFuD1c5cxAJ63YZN6DdXJMhxg_ijMIKGW4hkblBQvwv6nXZ5VpBnyl4RTh1X_8H3P_HcYJEUQtjVpt1aOlmMAaaHO3xMl1XTUUp1qZ9uYsmvV-FZrk",
        "v1.cfOs9dVGMkls-EgOjAH3nCilHq-AthjWnAyGpEwJEq9FCiB_HU5Xv_mRa3AbzmKHT1viebVFPPWCvFpJ8O8OXVs16k8njZRshiCxtG5a-qBq1J7Gd5luGOQsEod4CPs-mj9knYP8H_9_Bb7E18SKQ_1sKtiuhgRZdYgR3GbjdB4",
      ],
    }),
    // Question 13
    choiceQuestion({
      stem: "Which similarity or distance metrics can be used in Siamese Networks?",
      options: [
        "Only cosine similarity",
        "Only Euclidean distance",
        "Any similarity or distance metric, including cosine similarity and Euclidean distance",
        "Only Manhattan distance",
      ],
      select: "one",
      salt: "d72ddc6dc15f8791",
      keyHash: "694f0be9c3250890bcd568432291284a0da53728e8fc40af9faec384c011f79d",
      feedback: [
        "v1.LBzg2bCk4FZUZ4A8wFhP6b2stYuJTbQfFeB_f3NWjDOdRdw37p_xIT4nTnUIpSyiLnJbcILZOwzQXXdQTiyKfuWLdGmu5ZoyGvbwAhLsBWdDqqboroHdMYXDDKYxA2t2h4cCK5zGXPFHZlhTacPFhwdWAqaZeQ0YGZLUfn9eDE0",
        "v1.dII_jOMD_bWUeJ1WgxChUs_AIuAnDmEm840MyGVtpU7F8QfFuKRdGkd1OGUfnfdPwjrxCLrgsr9ZFmbieDTwqoDSjX9eNswGdIBWnO0maTGSXjgutGPRe1h1dbVFqSrA5zbJsvnORlFO1wTKxFja2vhl8NoBRcTj_hKagYfYmvk",
        "v1.Tob7Wyz4IDWDBNVXGvbZ47cyXDlXWg2unxQYUJu8OZpIIHtp1jk2Q2A83LJvjiGMFNitoDLUgT8m48w90Ui0gu5DTC-rnvuOQqPJIx3GhgX_7z-iRfde_2Butktjn_iKghJOLEvK8yk3c1W-TjGJcgN9eA06H9BeHSMOR9W67bg",
        "v1.RQL_I-_k0DzuIB2iFG9y1w0Wbhc-odeA7fIQ5-31ncZvCInn-aRR8hmg1On9YY05e9uzVESWtU1fCaNkzqzeS8jNjIH2-RU3m3COPo6WSQrJW3spyC2ZtUai8e8AiZ6Pdj-trTH9BcVJpGyI7iQGSPh9kDYf2LOTNFvy6W2z1fw",
      ],
    }),
    // Question 14
    choiceQuestion({
      stem: "In testing a Siamese Network, how is the decision made whether two inputs are similar?",
      options: [
        "By checking if the cosine similarity exceeds a predefined threshold τ",
        "By classifying the inputs into one of K classes",
        "By computing the Euclidean distance and comparing it to zero",
        "By using the network’s softmax output",
      ],
      select: "one",
      salt: "f829c377e80259a6",
      keyHash: "701d463f142fd65cee72af54a5a1e575801b834e41c19f421fbbe3eb61b7030e",
      feedback: [
        "v1.ucYUkh79DiIxD1_israh1Sd677Sa8AC5ln7QmOu1Jr4BbT2qbCXmT_2-AueNmHlwiBNOM9DgfazQSGgcqxujjotQ52VgC_ailiShN7XSwIbENwAZD-flTKfsJYHuwhmUZD3YUl7Z4dAxqWuxY6eXfw",
        "v1.lnqjqgNUXa9Hyj1U3En2WDJiZlOKg726jcYi4fNlaBl9qigQVXzl4AsnSHoYj7Gi1_FjLoFY0chakREixQP77w2piOdNLPnkxqN39EwW1icsQ-_cA4MSy6rhPrqXMmas7wJSOZeh7ghUIV8wWQvxgA",
        "v1.1k8i1gIMOnV3PmT8NxgTssvNs5OssJcRFTGTx23Q8j9Yl-FWSQaYQQeocZG0LRStv6WhCM9clLsLV9x0o0VN3gAVew3husK1_LeSTVp2usS5EZhJk12nYNRCA51wBCvz389K1qV84UGvlWvn3_sMcQ",
        "v1.9DOcQRtHcFraHPFtS33z3pw2Uq7TbjuljlHK97fv8XAXJOe2PonmRo-e2fSlLKjJqc_kbkhb5mc7yahzWyzLSKu7kjQwTK5U2XA0hkWXTD1VoiQWiLelPyjJhQQqjDhMOyrnPVd0dqFsUGQyYcPkDA",
      ],
    }),
    // Question 15
    choiceQuestion({
      stem: "Which of the following statements about embedding vectors in Siamese Networks is correct?",
      options: [
        "Embeddings are fixed-length vector representations of inputs",
        "Embeddings are raw input data converted to binary form",
        "Embeddings are always one-dimensional scalars",
        "Embeddings must be normalized before similarity calculation",
      ],
      select: "many",
      salt: "03cd34a6f238476f",
      keyHash: "44b65d43203d76cf8a2f2e199529acbd1fb75b13c585b10c13e548a5384973b1",
      feedback: [
        "v1.VuQ1kcZEwYfdDN9hSPyDHPl8KubHPr_rTbep1OClJL82CO9bjTcurYiVm1mz9lhmPM-I0SZ0aXZ0Bnp7H8GKfhOQDRnglRcoor2dQYN1G_yZN62S2n8DVK8vvDXsniQhihLgDrOu88mg_r-SSnT51w",
        "v1.qt7DPmYAUe0jBeS8VYTYUBIGDqfHJEYzWunCPXSh5hZUsi0XTOugHNs6MZC7qCGYJ6mjLfDq_8vV0c3R1Z810GHzQeQ20FyBk7HT-XpMEL3mZF-CXLWxEDKOSynoIwZEvOiIplyYLoZa404KrjlxDw",
        "v1.Z77aooXU_T9TBj1kyaB4TYxTb4LFbt7pbqHPuqXwZxRAOuSgrF6Muj3JDXeaFfa6GZbYtQpJCqO9b_4NcYDwXa9_VwSjbm1EYVOJcLLOTFF1r_TAFdaNr_JloQypVQBfGhozt0fqFRUTvum9xFHPHw",
        "v1.EdjlWT3v8mUZF4czCJ3T2rkM4A_5c3P5a8QD_ynpSo8eLlyqyI8slfZ9mxOZCK_tIC-XQGtCxJ_3OlL1YE5mFv697iSN8rSb82vDt1_2qTyETDjn30Z7ZPdR7igg-6nHcEvEJJ8kq1-XEpEwlpZ-Mg",
      ],
    }),
    // Question 16
    choiceQuestion({
      stem: "What is the main challenge when training with random triplets?",
      options: [
        "Random triplets always contain hard negatives",
        "Random triplets may include many easy negatives that provide little learning signal",
        "Random triplets require more computational resources than hard triplets",
        "Random triplets cause the network to overfit",
      ],
      select: "one",
      salt: "afeccbec5d7879f5",
      keyHash: "a20cd430ac7869ee50bef2bc9cf7c44b312dec45b286fabb7600db1c83cdfe00",
      feedback: [
        "v1.IiVOJkh9chppa6UzY0aj1vZL3kWO96DHucvok0SVnrpjEXWXb34YwS6rCRPEb6WNpPhcPsMxEcGt1cFHoYjFcF2dbChQn2G6fd5TBSh5REtVbDj5mdSnh-hKFVAM_EEPL3kRtyBnEkhyX13G006mieLH2oULzLXfCI2JtnB046I29twezYEzvc5Jmpz3ThGc",
        "v1.4EHCkIqEou9j3-Q7LF7hd3myNKU-oAIMPyk9BIO8_V0cIOYAcx83SIb4lcFnc7lFfTZ8HFgkmMosh-ogzqIvbyjd-Bjw53zNM33o-4_MfJFTcbd066aobY0GhogYWq8ZmZrYRQLxQxLWX6_pzdITl2HM22mU_Y5BdGQdz-l4o6anCrrKeAjug_V59Y55cgTG",
        "v1.77e5gibEgcB7cx-Jg9KOA6WzL8Lqzzj6YutolRY1FqTNm9Q00e299eJIAnxgwzn4DmLA_C7EJTdJarou70uVDq7bQoAw2Gl-uyQ1uD1taJ6zelCmfCH6Rlc3RyT3jJJhdkXC6ObxvY8yYuFg4LhdRS3Wqeq4QqHxE1r5BOueoubFyGgjMniom6Dm0lqHDKkb",
        "v1.JpyDLQAiYrkQFtInYgqoLntgq_Yqf24d-Qytxg4fbt5nPD33rUHv-92Zp_wMzQ8LpiwjPO9tk6-YNsp5a-Nc4sguL9Dn3rUNkTc6I22gBH9PzAUFOUckQkezwtz-J9I09JHyq4LeuwBjq9I4EU1hJBdo6aSOorvmtJhFwSHz4hPAO-SBWNPH6F9cyAKKFvnv",
      ],
    }),
    // Question 17
    choiceQuestion({
      stem: "Which of the following best explains why Siamese Networks are preferred over traditional classifiers for duplicate question detection?",
      options: [
        "They require less labeled data for new questions",
        "They classify questions into fixed categories",
        "They learn a similarity function that generalizes to unseen questions",
        "They do not require any training",
      ],
      select: "many",
      salt: "d0d05ef19946cd24",
      keyHash: "40503dc641ec4122118ed2a5aa590ddd1c9e1c9d43bef026dab4fec180026901",
      feedback: [
        "v1.prOUB1hVrOTsqNc5sICZsPCotZpiybtyPcR-JBqxjLdyUlbsHbHTdzJ61SU9PPpKX2oAYJXptJz2bdDzzxrkUQdFfXgwGXro6Dcluehpi3aVGsPhGZurPw92uo7udkiSrD5tYcUiGRinez4TptHkd4NJ0NV_dHqABcQMwto7GII",
        "v1.OyrUtI8uAEcnpPyj3Zoaw9OkIVsLDqG9s8jF2rd6YqoPVP7V08eCH0XitcrqdChT5OqvxFuj2ZvogHpLsOCEpd2VusruQatQeHMeehWEM42ofSPXgEME0jXlB7OJ7IT6UVAPQ4R2DqikUbpnesNKhPjWF51A_MpSBa304nbbm3s",
        "v1.IpQOPkqJSt1kPVc-6SuJXMfuCEnMOKkcDmWoYke_et6qRI_7D-PmbTq6pScKe6LhNOk7fFlhI8Pjjwn3jwQqSHhYYze_y17VmIF1ogGAV1oIjTPrmWSYy2Sj99IHBcKGst0nrePZ-ikLDViMu-gGEKTeqN-R_YTS6TxiRfiF1x4",
        "v1.wjeNJrJ_4A8UEEShSx1lLqO6mUYxIQlG0rTTrDDrQwQvhBCs4g2EHTM3nQ7jb9SlNcgEscVLyzE6R6ST9MgO7s9PmsyZy_KOG4pzUW0h8FZuXxvbUcaxL6QjGVt6JMj7J7cet3XKb6D78UQF221bAwAy8IR9qAsmSgHJlWO6Yi0",
      ],
    }),
    // Question 18
    choiceQuestion({
      stem: "What is the significance of sharing weights between the two subnetworks in a Siamese Network?",
      options: [
        "It reduces the number of parameters and ensures consistent feature extraction",
        "It allows each subnetwork to learn different features",
        "It prevents the network from learning similarity",
        "It increases the model’s capacity exponentially",
      ],
      select: "one",
      salt: "074031598467451c",
      keyHash: "8cdcd9b619a5d1e06f7a87153c84bcf9016a9a71e60b70a68a13a5f0cbc821aa",
      feedback: [
        "v1.2mETAWGtPTWOBP3cWQ8GFICTsxkqm8iLe9CDSp14IibqMiDFqcDi3TXjSfNqXv_JeFuzl77XfU1rLr_4sReA6abBTys0ALylj78aEmuiIVgMD3jRJIuRRhx0xPMwjAZNoGyLNO7bjDtGS_zxP5nF6ll-_9WY09NIHsZ7EDiUShw7ws4-0Arv10vAdaLXCP8d",
        "v1.d8sxiABaiQJszXlTXMNmTUzlAF0si1KzNZUDugEqLpgkOyLLnJIm7chOImcK8WLyjCMM3QK55nTkzottwlkyeMuMSz-mPuV2BJwGPRO6pnTRsiosg5c__93NVrLXTu5e49mki8SML-h8YZJ9NgtbwrE09JE61j8cwwvkH_G8pPhzcuIF9HrewjsuiF_6qrFs",
        "v1.ixgyYwyBbRir3Npje7j-epZ4EV35UzYRjPnQ2exvINZlU8hJL0xINNZSbBYFA31knfdmj0rlDsxUraXvM2eBX1KZNA4IX5NKPkjv-jNuwgYI1SlSbgjeO0_YeYuWwiD8eiZLfOfafjtMjeSbPXGyAbqdGi_2q1xOyphQ7s3WnGyI2MoQjeoVHSnhIWT74WpN",
        "v1.6IIbmSSVjkX8Kp_raT0UdnfYlitClXpKAMyAyWJNHrTJCZ4R3D1Nx0UNRbUnuI1Jul7AaNVbejskdw21T51Stluzb1BciJ1fUP47wJu9spIWn3SCFcdWci7NBUpUB9NIPDMmVqz0TfCxUpdauxIC4rDvDHKRcg4Q43nG-h9NMoLiNxUC7_d1KnUT5PsT1yE9",
      ],
    }),
    // Question 19
    choiceQuestion({
      stem: "Which of the following is true about the embedding vectors produced by the subnetworks?",
      options: [
        "They are always orthogonal to each other",
        "They capture semantic meaning of the inputs in a continuous vector space",
        "They are discrete labels assigned to inputs",
        "They are used to compute similarity scores",
      ],
      select: "many",
      salt: "d592a706e3409d90",
      keyHash: "0dc31a5473031e61e3e69c2f4d7226bfb9930ca2b5ef68d75157b4c981b0fa5a",
      feedback: [
        "v1.2fpyxYeWyYOiNTOrx6njJ3P0WqKtQfucuFSE_1xHbEGSetv9y0HewKCPotoHmdH_QU3XvE09LA0Q7e7WVVkjByyYQaQ1OM_7mkTN8w_w0GFoTGPc901NJd6barx-uGNRBazMzTXuEbBpyi5sc0xWHQ",
        "v1._--_PzTOUw9_ANGv_aQRKPELXjhvjQyfS9LXGP0SNYHbpO0v5YTQyMygpsqCByDHdP7mdBxpCrCQnBsYa5zDN-EtSv2WnHO0xXvrJMCcQVtv6_o7sLoEDYQutu4bSClDXxHPHCAb1U4dB1YIEKWYcA",
        "v1.UGRI3K4Bq6KpRjzddL5WpThG4jnxU74kF1SkMkhB3bE4ulg4N0EaFeHd9i_U6BPA8p77mkI4UaXloNS22kdEdIwvjE86pQ7ndSbiZ2Nxob2l7HMfGbIIOF8fBhTC-vq8WuE80hnyQPPmXQ_XuGIiqQ",
        "v1.QtNCM0Fj1--5F_fW9c7kdlrjxQvbP8mZB6cHXae2z6OgvTaqI_XIEBSEwUmU8-R9sSjgFHYb1xQTf28SMfzzcNfMbw9smMelSQINX9acN7_qh52D5rpoIDufFOTiDeDtEmhizdn0IEHke_R-6ydDVg",
      ],
    }),
    // Question 20
    choiceQuestion({
      stem: 'In the context of Siamese Networks, what does the term "anchor" refer to?',
      options: [
        "The input that serves as a reference point for comparison",
        "The negative example in a triplet",
        "The output similarity score",
        "The threshold used for classification",
      ],
      select: "one",
      salt: "0c85f8688bc84e1b",
      keyHash: "eb29fd12f505008086f8f7bf041496d33708b1c99560e6cd48cb373b033a2ee2",
      feedback: [
        "v1.ksqO52TxdrbGmDoMKvQPhbfWzU2GLS5KUG3RPMe-JZQEO7kxhSta99tBKesOw0aRE5q0vF1BrWafe9N7tjrAFiVugVnS-rxYvJmNMh4yr_s_QHa2t409BHAuSChDpOojgl7Z6RFuU4BSk_lEXM3q4g",
        "v1.bV4etqjc5mCGDsI6zyObESJWPQL5N5bhgBYnO8hP5RPdEy3sw2naAuZGjg37HEnXJToMr1E0C_S2wT2kdRrcNU8tpV6K4Gwuv5X4G4UgwUe7Uf5VzxcpCJKzNslsT_CHtHsgnClzzNZ09_xxFwPLcg",
        "v1.i0xVPGhm2Nd-GzPLtdU1XSehZXChWIgo4u0oNHh3ECuIzBkANlje4xLHlRtYEX0uzXmpYNoCT7Jus1-cQlVFE_1nC4Zex4xJffSgaT5gVK4ABS21L6yy6sExxiK3hYg1OV5wWDZ31YFwmvJIfrtzhw",
        "v1.Lyia-kAerxhPRGGnTwO1NAjsp7T1RjQyQqsOuoqEDIG_Vuwqc24ISNA5mlRZhe0YsuVJKTQfnrwAi1-dgOn4EC4_LnDPecMjA3ui_YXEfSVYOPVwJZYE2Hp0qgQWo-lWPVgoHNyv79-Wgt0VPJSGRQ",
      ],
    }),
  ],
});
